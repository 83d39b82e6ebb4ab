package org.mfasettings.bypass;

import java.time.Instant;

/** An active bypass that a decision may try to use, read without its entity. */
public record BypassCandidate(String id, Instant expiresAt) {}
