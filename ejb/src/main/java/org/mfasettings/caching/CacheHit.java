package org.mfasettings.caching;

import java.time.Instant;

/** The rule whose window covers a request, and when that window closes. */
public record CacheHit(String ruleId, Instant validUntil) {}
