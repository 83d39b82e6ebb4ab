package org.mfasettings.decision;

import java.time.Instant;

/**
 * The answer to a decision request. {@code validUntil} is when the covering window closes (CACHED)
 * or when the used bypass would have expired (BYPASS).
 */
public record Decision(Outcome outcome, Instant validUntil, String bypassId, String ruleId) {

    static Decision cached(String ruleId, Instant validUntil) {
        return new Decision(Outcome.CACHED, validUntil, null, ruleId);
    }

    static Decision bypass(String bypassId, Instant validUntil) {
        return new Decision(Outcome.BYPASS, validUntil, bypassId, null);
    }

    static Decision pending() {
        return new Decision(Outcome.PENDING, null, null, null);
    }

    static Decision verify() {
        return new Decision(Outcome.VERIFY, null, null, null);
    }
}
