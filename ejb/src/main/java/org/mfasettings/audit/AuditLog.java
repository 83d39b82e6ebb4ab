package org.mfasettings.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mfasettings.admin.Role;
import org.mfasettings.common.Clock;
import org.mfasettings.common.Persistence;
import org.mfasettings.common.RequestOrigin;

/**
 * The append-only record of every change an administrator or a server made and of every sign-in. A
 * record joins the transaction of the change it describes, so that a change and its audit line are
 * committed, or rolled back, together.
 */
@Stateless
@DeclareRoles({Role.READER, Role.AUTHENTICATION_ADMIN, Role.GLOBAL_ADMIN})
public class AuditLog {

    @PersistenceContext EntityManager em;

    @Resource SessionContext session;

    @Inject Clock clock;

    @Inject RequestOrigin origin;

    /** Records a change made by the signed-in administrator. */
    @PermitAll
    public void record(AuditAction action, String target, String details) {
        boolean administrator = session.isCallerInRole(Role.READER);
        String actor = administrator ? session.getCallerPrincipal().getName() : "anonymous";
        ActorKind kind = administrator ? ActorKind.ADMINISTRATOR : ActorKind.ANONYMOUS;
        recordFor(actor, kind, origin.address(), action, target, details);
    }

    /** Records an event whose actor is not the caller: a sign-in attempt, a server, a timer. */
    @PermitAll
    public void recordFor(
            String actor,
            ActorKind kind,
            String address,
            AuditAction action,
            String target,
            String details) {
        em.persist(new AuditEvent(clock.now(), actor, kind, address, action, target, details));
    }

    @PermitAll
    public long countRecentByActor(AuditAction action, String actor, Instant since) {
        return em.createNamedQuery(AuditEvent.COUNT_RECENT_BY_ACTOR, Long.class)
                .setParameter("action", action)
                .setParameter("actor", actor)
                .setParameter("since", since)
                .getSingleResult();
    }

    @PermitAll
    public long countRecentByAddress(AuditAction action, String address, Instant since) {
        return em.createNamedQuery(AuditEvent.COUNT_RECENT_BY_ADDRESS, Long.class)
                .setParameter("action", action)
                .setParameter("address", address)
                .setParameter("since", since)
                .getSingleResult();
    }

    /** The newest entries first, one page of them. */
    @RolesAllowed(Role.READER)
    public List<AuditEntry> search(AuditQuery query, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEvent> cq = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> event = cq.from(AuditEvent.class);
        cq.where(filters(cb, event, query)).orderBy(cb.desc(event.get("id")));
        TypedQuery<AuditEvent> page =
                em.createQuery(cq).setFirstResult(Math.max(0, first)).setMaxResults(max);
        return page.getResultList().stream().map(AuditEvent::toEntry).toList();
    }

    @RolesAllowed(Role.READER)
    public long count(AuditQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<AuditEvent> event = cq.from(AuditEvent.class);
        cq.select(cb.count(event)).where(filters(cb, event, query));
        return em.createQuery(cq).getSingleResult();
    }

    /**
     * Deletes at most {@code batchSize} entries older than {@code cutoff}, in the caller's
     * transaction, and says how many went. Safe to run on several nodes at once: a row another node
     * deleted first is simply not counted.
     */
    @PermitAll
    public int purgeBatch(Instant cutoff, int batchSize) {
        List<Long> ids =
                em.createNamedQuery(AuditEvent.IDS_OLDER_THAN, Long.class)
                        .setParameter("cutoff", cutoff)
                        .setMaxResults(batchSize)
                        .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createNamedQuery(AuditEvent.DELETE_IDS).setParameter("ids", ids).executeUpdate();
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<AuditEvent> event, AuditQuery q) {
        List<Predicate> predicates = new ArrayList<>();
        if (q.from() != null) {
            predicates.add(cb.greaterThanOrEqualTo(event.get("occurredAt"), q.from()));
        }
        if (q.to() != null) {
            predicates.add(cb.lessThan(event.get("occurredAt"), q.to()));
        }
        if (q.actor() != null && !q.actor().isBlank()) {
            String prefix = Persistence.startsWith(q.actor().trim().toLowerCase(Locale.ROOT));
            predicates.add(cb.like(cb.lower(event.get("actor")), prefix, '\\'));
        }
        if (q.action() != null) {
            predicates.add(cb.equal(event.get("action"), q.action()));
        }
        return predicates.toArray(Predicate[]::new);
    }
}
