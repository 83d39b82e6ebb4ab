package org.mfasettings.server;

/**
 * The MFA server that a bearer token belongs to, as the server-facing calls need it, with the
 * generations of the caching rules and of the bypass grants as they were when it was read (see
 * {@code DecisionCaches}).
 */
public record AuthenticatedServer(
        String id,
        String name,
        Long replicationGroupId,
        long rulesGeneration,
        long bypassesGeneration) {

    /** The same server as known at other generations. */
    public AuthenticatedServer at(long rules, long bypasses) {
        return new AuthenticatedServer(id, name, replicationGroupId, rules, bypasses);
    }
}
