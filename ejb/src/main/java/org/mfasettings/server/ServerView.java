package org.mfasettings.server;

import java.time.Instant;

/** An MFA server as the status page and the admin API show it. Never its token. */
public record ServerView(
        String id,
        String name,
        String hostname,
        String replicationGroup,
        String version,
        ServerStatus status,
        String healthDetail,
        String ipAddress,
        Instant lastCommunication,
        Instant activatedAt,
        String activatedFrom,
        String credentialsIssuedBy,
        Instant deactivatedAt,
        String deactivatedBy) {}
