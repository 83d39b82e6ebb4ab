package org.mfasettings.audit;

import java.time.Instant;

/** An audit log line as the console, the API and CSV exports show it. */
public record AuditEntry(
        Long id,
        Instant occurredAt,
        String actor,
        ActorKind actorKind,
        String sourceAddress,
        AuditAction action,
        String target,
        String details) {}
