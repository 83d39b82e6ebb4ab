package org.mfasettings.bypass;

import java.time.Instant;

/**
 * An active bypass that a decision may try to use, read without its entity. {@code
 * replicationGroupId} is null for a bypass that servers of every group may use.
 */
public record BypassCandidate(
        String id, String username, Long replicationGroupId, Instant expiresAt) {

    /** Whether a decision from a server of this group may use it at {@code now}. */
    public boolean usableFrom(Long serverGroupId, Instant now) {
        return (replicationGroupId == null || replicationGroupId.equals(serverGroupId))
                && expiresAt.isAfter(now);
    }
}
