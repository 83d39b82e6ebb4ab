package org.mfasettings.bypass;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.mfasettings.admin.Role;
import org.mfasettings.audit.ActorKind;
import org.mfasettings.audit.AuditAction;
import org.mfasettings.audit.AuditLog;
import org.mfasettings.common.Clock;
import org.mfasettings.common.ConflictException;
import org.mfasettings.common.InputValidator;
import org.mfasettings.common.InvalidInputException;
import org.mfasettings.common.Messages;
import org.mfasettings.common.NotFoundException;
import org.mfasettings.common.Persistence;
import org.mfasettings.decision.DecisionGenerations;
import org.mfasettings.decision.Usernames;
import org.mfasettings.group.ReplicationGroup;
import org.mfasettings.group.ReplicationGroupService;
import org.mfasettings.server.AuthenticatedServer;
import org.mfasettings.settings.Settings;
import org.mfasettings.settings.SettingsService;

/** One-time bypasses: granted and cancelled by administrators, used by decisions. */
@Stateless
@DeclareRoles({Role.READER, Role.AUTHENTICATION_ADMIN, Role.GLOBAL_ADMIN})
public class BypassService {

    private static final Logger LOG = System.getLogger(BypassService.class.getName());

    static final int EXPIRY_BATCH = 500;

    @PersistenceContext EntityManager em;

    @Resource SessionContext session;

    @Inject InputValidator validator;

    @Inject ReplicationGroupService groups;

    @Inject SettingsService settings;

    @Inject AuditLog auditLog;

    @Inject Clock clock;

    @RolesAllowed(Role.AUTHENTICATION_ADMIN)
    public BypassView grant(BypassGrant request) {
        validator.check(request);
        Settings current = settings.current();
        int seconds =
                request.seconds() == null ? current.bypassDefaultSeconds() : request.seconds();
        if (seconds > current.bypassMaximumSeconds()) {
            throw InvalidInputException.of(
                    "seconds", Messages.get("bypass.tooLong", current.bypassMaximumSeconds()));
        }
        ReplicationGroup group = groups.chosen(request.replicationGroup()).orElse(null);

        Instant now = clock.now();
        String by = session.getCallerPrincipal().getName();
        OneTimeBypass bypass =
                new OneTimeBypass(
                        UUID.randomUUID().toString(),
                        Usernames.normalise(request.username()),
                        group,
                        seconds,
                        request.reason().trim(),
                        now,
                        by);
        em.persist(bypass);
        DecisionGenerations.bypassGranted(em);

        auditLog.record(
                AuditAction.BYPASS_GRANTED,
                bypass.username(),
                "bypass "
                        + bypass.id()
                        + ", "
                        + seconds
                        + " s, group: "
                        + (group == null ? "all" : group.name())
                        + ", reason: "
                        + request.reason().trim());
        LOG.log(
                Level.INFO,
                "Bypass for {0} granted by {1} for {2} s",
                bypass.username(),
                by,
                seconds);
        return bypass.toView(now);
    }

    @RolesAllowed(Role.AUTHENTICATION_ADMIN)
    public BypassView cancel(String id, BypassCancellation request) {
        validator.check(request);
        OneTimeBypass bypass = require(id);
        Instant now = clock.now();
        String by = session.getCallerPrincipal().getName();
        int cancelled =
                em.createNamedQuery(OneTimeBypass.CANCEL)
                        .setParameter("cancelled", BypassStatus.CANCELLED)
                        .setParameter("now", now)
                        .setParameter("by", by)
                        .setParameter("reason", request.reason().trim())
                        .setParameter("id", bypass.id())
                        .setParameter("active", BypassStatus.ACTIVE)
                        .executeUpdate();
        if (cancelled != 1) {
            throw new ConflictException(Messages.get("bypass.notActive"));
        }
        auditLog.record(
                AuditAction.BYPASS_CANCELLED,
                bypass.username(),
                "bypass " + bypass.id() + ", reason: " + request.reason().trim());
        LOG.log(
                Level.INFO,
                "Bypass {0} for {1} cancelled by {2}",
                bypass.id(),
                bypass.username(),
                by);
        em.refresh(bypass);
        return bypass.toView(now);
    }

    @RolesAllowed(Role.READER)
    public BypassView get(String id) {
        return require(id).toView(clock.now());
    }

    /** One page of the report, newest grants first, filtered and paged in the database. */
    @RolesAllowed(Role.READER)
    public List<BypassView> search(BypassQuery query, int first, int max) {
        Instant now = clock.now();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<OneTimeBypass> cq = cb.createQuery(OneTimeBypass.class);
        Root<OneTimeBypass> bypass = cq.from(OneTimeBypass.class);
        cq.where(filters(cb, bypass, query, now))
                .orderBy(cb.desc(bypass.get("grantedAt")), cb.desc(bypass.get("id")));
        return em.createQuery(cq)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(max)
                .getResultStream()
                .map(b -> b.toView(now))
                .toList();
    }

    @RolesAllowed(Role.READER)
    public long count(BypassQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<OneTimeBypass> bypass = cq.from(OneTimeBypass.class);
        cq.select(cb.count(bypass)).where(filters(cb, bypass, query, clock.now()));
        return em.createQuery(cq).getSingleResult();
    }

    /**
     * Every bypass that is active now, in any group, the soonest to lapse first: what a node keeps
     * for its decisions (see {@code DecisionCaches}).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<BypassCandidate> activeBypasses() {
        return em.createNamedQuery(OneTimeBypass.ACTIVE, BypassCandidate.class)
                .setParameter("active", BypassStatus.ACTIVE)
                .setParameter("now", clock.now())
                .getResultList();
    }

    /**
     * Uses this bypass for a decision with one conditional update: of any number of concurrent
     * callers, on any node, exactly one sees the row count 1. Empty when another caller was first
     * or the bypass has lapsed or been cancelled since it was read: it can then never be used.
     */
    @PermitAll
    public Optional<ConsumedBypass> claim(
            AuthenticatedServer server,
            BypassCandidate candidate,
            String clientIp,
            String application) {
        int claimed =
                em.createNamedQuery(OneTimeBypass.CONSUME)
                        .setParameter("used", BypassStatus.USED)
                        .setParameter("now", clock.now())
                        .setParameter("serverId", server.id())
                        .setParameter("serverName", server.name())
                        .setParameter("clientIp", clientIp)
                        .setParameter("application", application)
                        .setParameter("id", candidate.id())
                        .setParameter("active", BypassStatus.ACTIVE)
                        .executeUpdate();
        if (claimed != 1) {
            return Optional.empty();
        }
        auditLog.recordFor(
                server.name(),
                ActorKind.SERVER,
                clientIp,
                AuditAction.BYPASS_USED,
                candidate.username(),
                "bypass " + candidate.id() + ", application: " + application);
        LOG.log(
                Level.INFO,
                "Bypass {0} for {1} used by {2}",
                candidate.id(),
                candidate.username(),
                server.name());
        return Optional.of(new ConsumedBypass(candidate.id(), candidate.expiresAt()));
    }

    /** Marks at most one batch of lapsed bypasses EXPIRED; says how many it marked. */
    @PermitAll
    public int expireLapsed() {
        Instant now = clock.now();
        List<String> ids =
                em.createNamedQuery(OneTimeBypass.EXPIRED_IDS, String.class)
                        .setParameter("active", BypassStatus.ACTIVE)
                        .setParameter("now", now)
                        .setMaxResults(EXPIRY_BATCH)
                        .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createNamedQuery(OneTimeBypass.MARK_EXPIRED)
                .setParameter("expired", BypassStatus.EXPIRED)
                .setParameter("ids", ids)
                .setParameter("active", BypassStatus.ACTIVE)
                .setParameter("now", now)
                .executeUpdate();
    }

    private OneTimeBypass require(String id) {
        OneTimeBypass bypass =
                id == null || id.length() > 36 ? null : em.find(OneTimeBypass.class, id);
        if (bypass == null) {
            throw new NotFoundException(Messages.get("bypass.notFound", String.valueOf(id)));
        }
        return bypass;
    }

    private static Predicate[] filters(
            CriteriaBuilder cb, Root<OneTimeBypass> bypass, BypassQuery q, Instant now) {
        List<Predicate> predicates = new ArrayList<>();
        if (q.from() != null) {
            predicates.add(cb.greaterThanOrEqualTo(bypass.get("grantedAt"), q.from()));
        }
        if (q.to() != null) {
            predicates.add(cb.lessThan(bypass.get("grantedAt"), q.to()));
        }
        if (q.username() != null && !q.username().isBlank()) {
            String prefix = Persistence.startsWith(Usernames.normalise(q.username()));
            predicates.add(cb.like(bypass.get("username"), prefix, '\\'));
        }
        if (q.status() != null) {
            predicates.add(status(cb, bypass, q.status(), now));
        }
        if (q.replicationGroup() != null && !q.replicationGroup().isBlank()) {
            Join<OneTimeBypass, ReplicationGroup> group = bypass.join("group", JoinType.LEFT);
            predicates.add(
                    cb.equal(
                            group.get("nameKey"),
                            q.replicationGroup().trim().toLowerCase(Locale.ROOT)));
        }
        return predicates.toArray(Predicate[]::new);
    }

    /** ACTIVE and EXPIRED as shown: an ACTIVE row past its expiry counts as EXPIRED. */
    private static Predicate status(
            CriteriaBuilder cb, Root<OneTimeBypass> bypass, BypassStatus status, Instant now) {
        return switch (status) {
            case ACTIVE ->
                    cb.and(
                            cb.equal(bypass.get("status"), BypassStatus.ACTIVE),
                            cb.greaterThan(bypass.get("expiresAt"), now));
            case EXPIRED ->
                    cb.or(
                            cb.equal(bypass.get("status"), BypassStatus.EXPIRED),
                            cb.and(
                                    cb.equal(bypass.get("status"), BypassStatus.ACTIVE),
                                    cb.lessThanOrEqualTo(bypass.get("expiresAt"), now)));
            default -> cb.equal(bypass.get("status"), status);
        };
    }
}
