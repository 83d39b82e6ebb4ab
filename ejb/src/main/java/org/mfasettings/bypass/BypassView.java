package org.mfasettings.bypass;

import java.time.Instant;

/**
 * A one-time bypass as the report shows it: who granted it, when, for whom and why, and who used it
 * from where, or how it ended. {@code endedAt} is when it was used, expired or was cancelled.
 */
public record BypassView(
        String id,
        String username,
        String replicationGroup,
        int seconds,
        String reason,
        Instant grantedAt,
        String grantedBy,
        Instant expiresAt,
        BypassStatus status,
        Instant endedAt,
        String usedByServer,
        String usedByServerId,
        String usedClientIp,
        String usedApplication,
        String cancelledBy,
        String cancelReason) {}
