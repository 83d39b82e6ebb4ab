package org.mfasettings.caching;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.mfasettings.common.Clock;
import org.mfasettings.common.ConflictException;
import org.mfasettings.common.InputValidator;
import org.mfasettings.common.Messages;
import org.mfasettings.common.NotFoundException;
import org.mfasettings.decision.AuthenticationType;
import org.mfasettings.decision.Usernames;
import org.mfasettings.server.AuthenticatedServer;

/**
 * Verifications reported by MFA servers, and what the caching rules make of them for a decision.
 * Verifications are read from the database on each call, so every node answers alike; the rules
 * come from the caller, which keeps a copy it knows to be current (see {@code DecisionCaches}).
 */
@Stateless
@PermitAll
public class CachingService {

    static final Duration FAILED_KEPT = Duration.ofMinutes(1);
    static final int EVICTION_BATCH = 500;

    @PersistenceContext EntityManager em;

    @Inject InputValidator validator;

    @Inject Clock clock;

    public String report(AuthenticatedServer server, VerificationReport report) {
        validator.check(report);
        Verification verification =
                new Verification(
                        UUID.randomUUID().toString(),
                        server.id(),
                        server.replicationGroupId(),
                        Usernames.normalise(report.username()),
                        normaliseApplication(report.application()),
                        report.authenticationType() == null
                                ? null
                                : AuthenticationType.valueOf(report.authenticationType()),
                        blankToNull(report.clientIp()),
                        VerificationResult.valueOf(report.result()),
                        clock.now());
        em.persist(verification);
        return verification.id();
    }

    /** Finishes a STARTED verification of this server; a finished one is never changed. */
    public void finish(AuthenticatedServer server, String id, VerificationUpdate update) {
        validator.check(update);
        int finished =
                em.createNamedQuery(Verification.FINISH)
                        .setParameter("result", VerificationResult.valueOf(update.result()))
                        .setParameter("now", clock.now())
                        .setParameter("id", id)
                        .setParameter("server", server.id())
                        .setParameter("started", VerificationResult.STARTED)
                        .executeUpdate();
        if (finished == 1) {
            return;
        }
        long owned =
                em.createNamedQuery(Verification.OWNED, Long.class)
                        .setParameter("id", id)
                        .setParameter("server", server.id())
                        .getSingleResult();
        if (owned == 0) {
            throw new NotFoundException(Messages.get("verification.notFound", id));
        }
        throw new ConflictException(Messages.get("verification.finished", id));
    }

    /**
     * What these rules make of the user's recent verifications for this request, read now. Without
     * a transaction: decisions call it.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CacheAnswer evaluate(
            AuthenticatedServer server,
            List<ActiveRule> rules,
            String username,
            String application,
            String clientIp) {
        Instant now = clock.now();
        List<VerificationFacts> verifications =
                rules.isEmpty()
                        ? List.of()
                        : em.createNamedQuery(Verification.RECENT_FOR_USER, VerificationFacts.class)
                                .setParameter("username", username)
                                .setParameter("since", now.minus(CacheEvaluation.lookBack(rules)))
                                .getResultList();
        return CacheEvaluation.answer(
                rules, verifications, server, username, application, clientIp, now);
    }

    /** Deletes at most one batch of verifications that can no longer matter to any decision. */
    public int evictClosed() {
        Instant now = clock.now();
        List<ActiveRule> rules = activeRules();
        int longest = rules.stream().mapToInt(ActiveRule::seconds).max().orElse(0);
        List<String> ids =
                em.createNamedQuery(Verification.CLOSED_IDS, String.class)
                        .setParameter("succeeded", VerificationResult.SUCCEEDED)
                        .setParameter("windowsClosedBefore", now.minusSeconds(longest))
                        .setParameter("failed", VerificationResult.FAILED)
                        .setParameter("failedBefore", now.minus(FAILED_KEPT))
                        .setParameter("started", VerificationResult.STARTED)
                        .setParameter("abandonedBefore", now.minus(CacheEvaluation.ABANDONED_AFTER))
                        .setMaxResults(EVICTION_BATCH)
                        .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createNamedQuery(Verification.DELETE_IDS)
                .setParameter("ids", ids)
                .executeUpdate();
    }

    /** The caching rules as decisions need them: records, not entities. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ActiveRule> activeRules() {
        return List.copyOf(
                em.createNamedQuery(CachingRule.ACTIVE, ActiveRule.class).getResultList());
    }

    static String normaliseApplication(String application) {
        return application == null || application.isBlank()
                ? null
                : application.trim().toLowerCase(Locale.ROOT);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
