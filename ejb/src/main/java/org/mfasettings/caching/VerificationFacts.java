package org.mfasettings.caching;

import java.time.Instant;
import org.mfasettings.decision.AuthenticationType;

/** What a verification says, normalised as {@link RequestFacts} is. */
public record VerificationFacts(
        String id,
        String application,
        String clientIp,
        AuthenticationType authenticationType,
        Long groupId,
        VerificationResult result,
        Instant startedAt,
        Instant finishedAt) {}
