package org.mfasettings.caching;

import java.time.Instant;
import org.mfasettings.decision.AuthenticationType;

/** A caching rule as the console and the API show it. */
public record RuleView(
        String id,
        CacheType cacheType,
        int seconds,
        AuthenticationType authenticationType,
        String application,
        String replicationGroup,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {}
