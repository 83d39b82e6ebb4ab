package org.mfasettings.server;

import java.time.Instant;

/** A recorded status change of an MFA server. */
public record StatusChangeView(
        Instant changedAt, ServerStatus fromStatus, ServerStatus toStatus, String detail) {}
