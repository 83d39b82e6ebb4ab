package org.mfasettings.server;

import java.time.Instant;

/** When the MFA server should call again, and the service's clock. */
public record HeartbeatAnswer(int heartbeatSeconds, Instant serverTime) {}
