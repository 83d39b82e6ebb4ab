package org.mfasettings.bypass;

import java.time.Instant;

/** The bypass a decision used, and until when it would have lasted. */
public record ConsumedBypass(String bypassId, Instant validUntil) {}
