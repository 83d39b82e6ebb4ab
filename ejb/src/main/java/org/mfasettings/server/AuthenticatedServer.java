package org.mfasettings.server;

/** The MFA server that a bearer token belongs to, as the server-facing calls need it. */
public record AuthenticatedServer(
        String id, String name, Long replicationGroupId, String replicationGroup) {}
