package org.mfasettings.server;

import java.time.Duration;
import java.time.Instant;

/**
 * How an MFA server is doing, derived whenever it is read from when it was last heard from, what it
 * reported and whether it was deactivated, so that it is never stale.
 */
public enum ServerStatus {
    /** Heard from within the offline threshold and reporting healthy. */
    ONLINE,
    /** Heard from within the offline threshold, reporting a problem. */
    DEGRADED,
    /** Silent for longer than the offline threshold. */
    OFFLINE,
    /** Its token was revoked by an administrator. */
    DEACTIVATED;

    static ServerStatus of(
            boolean deactivated,
            Health health,
            Instant lastSeen,
            Instant now,
            Duration offlineAfter) {
        if (deactivated) {
            return DEACTIVATED;
        }
        if (lastSeen.plus(offlineAfter).isBefore(now)) {
            return OFFLINE;
        }
        return health == Health.DEGRADED ? DEGRADED : ONLINE;
    }
}
