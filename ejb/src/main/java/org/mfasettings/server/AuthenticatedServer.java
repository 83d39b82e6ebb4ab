package org.mfasettings.server;

/**
 * The MFA server that a bearer token belongs to, as the server-facing calls need it, with the
 * generations of the caching rules and of the bypass grants read in the same query (see {@code
 * DecisionCaches}).
 */
public record AuthenticatedServer(
        String id,
        String name,
        Long replicationGroupId,
        String replicationGroup,
        long rulesGeneration,
        long bypassesGeneration) {}
