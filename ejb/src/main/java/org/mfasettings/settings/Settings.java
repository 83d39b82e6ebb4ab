package org.mfasettings.settings;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The service-wide settings, each within its valid range. The same record is read by the rules that
 * depend on them and edited by a global administrator.
 */
public record Settings(
        @Min(60) @Max(86_400) int activationCredentialValiditySeconds,
        @Min(1) @Max(2_592_000) int bypassDefaultSeconds,
        @Min(1) @Max(2_592_000) int bypassMaximumSeconds,
        @Min(1) @Max(86_400) int cacheMaximumSeconds,
        @Min(1) @Max(3_600) int heartbeatIntervalSeconds,
        @Min(1) @Max(100) int offlineThresholdIntervals,
        @Min(1) @Max(3_650) int auditRetentionDays) {

    /** The default bypass length can never exceed the maximum. */
    @JsonbTransient
    @AssertTrue(message = "{settings.bypassDefaultWithinMaximum}")
    public boolean isBypassDefaultWithinMaximum() {
        return bypassDefaultSeconds <= bypassMaximumSeconds;
    }

    /** A server is offline after this long without a heartbeat. */
    @JsonbTransient
    public long offlineAfterSeconds() {
        return (long) heartbeatIntervalSeconds * offlineThresholdIntervals;
    }
}
