package org.mfasettings.audit;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the append-only audit log. Never updated; removed only by the retention timer. */
@Entity
@Table(name = "audit_event")
@NamedQuery(
        name = AuditEvent.COUNT_RECENT_BY_ACTOR,
        query =
                "SELECT COUNT(e) FROM AuditEvent e WHERE e.action = :action AND e.actor = :actor"
                        + " AND e.occurredAt > :since")
@NamedQuery(
        name = AuditEvent.COUNT_RECENT_BY_ADDRESS,
        query =
                "SELECT COUNT(e) FROM AuditEvent e WHERE e.action = :action"
                        + " AND e.sourceAddress = :address AND e.occurredAt > :since")
@NamedQuery(
        name = AuditEvent.IDS_OLDER_THAN,
        query = "SELECT e.id FROM AuditEvent e WHERE e.occurredAt < :cutoff ORDER BY e.id")
@NamedQuery(name = AuditEvent.DELETE_IDS, query = "DELETE FROM AuditEvent e WHERE e.id IN :ids")
public class AuditEvent {

    static final String COUNT_RECENT_BY_ACTOR = "AuditEvent.countRecentByActor";
    static final String COUNT_RECENT_BY_ADDRESS = "AuditEvent.countRecentByAddress";
    static final String IDS_OLDER_THAN = "AuditEvent.idsOlderThan";
    static final String DELETE_IDS = "AuditEvent.deleteIds";

    static final int MAX_DETAILS = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 254)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false, length = 16)
    private ActorKind actorKind;

    @Column(name = "source_address", length = 64)
    private String sourceAddress;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_code", nullable = false, length = 64)
    private AuditAction action;

    @Column(length = 254)
    private String target;

    @Column(length = MAX_DETAILS)
    private String details;

    protected AuditEvent() {}

    AuditEvent(
            Instant occurredAt,
            String actor,
            ActorKind actorKind,
            String sourceAddress,
            AuditAction action,
            String target,
            String details) {
        this.occurredAt = requireNonNull(occurredAt);
        this.actor = truncate(requireNonNull(actor), 254);
        this.actorKind = requireNonNull(actorKind);
        this.sourceAddress = truncate(sourceAddress, 64);
        this.action = requireNonNull(action);
        this.target = truncate(target, 254);
        this.details = truncate(details, MAX_DETAILS);
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    AuditEntry toEntry() {
        return new AuditEntry(
                id, occurredAt, actor, actorKind, sourceAddress, action, target, details);
    }
}
