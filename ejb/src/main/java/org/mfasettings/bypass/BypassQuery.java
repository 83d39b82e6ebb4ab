package org.mfasettings.bypass;

import java.time.Instant;

/**
 * Filters of the one-time bypass report, every one optional: granted from (inclusive) and to
 * (exclusive), a user name prefix, a status, a replication group name.
 */
public record BypassQuery(
        Instant from, Instant to, String username, BypassStatus status, String replicationGroup) {

    public static BypassQuery all() {
        return new BypassQuery(null, null, null, null, null);
    }
}
