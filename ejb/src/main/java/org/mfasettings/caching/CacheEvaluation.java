package org.mfasettings.caching;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mfasettings.server.AuthenticatedServer;

/**
 * The caching rules applied to one request: which window covers it, if any, and whether a
 * verification that could open one is still in progress. Pure: everything it needs is passed in.
 *
 * <p>Precedence: the request is cached if any rule covers it through any succeeded verification;
 * the answer names the rule whose window ends last, the earlier rule on a tie.
 */
public final class CacheEvaluation {

    /** A verification STARTED longer ago than this is taken as abandoned. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    private CacheEvaluation() {}

    /**
     * What these rules make of the user's verifications (those since {@link #lookBack} before
     * {@code now} at least) for a request from this server.
     */
    public static CacheAnswer answer(
            List<ActiveRule> rules,
            List<VerificationFacts> verifications,
            AuthenticatedServer server,
            String username,
            String application,
            String clientIp,
            Instant now) {
        if (rules.isEmpty()) {
            return new CacheAnswer(Optional.empty(), false);
        }
        RequestFacts request =
                new RequestFacts(
                        username,
                        CachingService.normaliseApplication(application),
                        CachingService.blankToNull(clientIp),
                        server.replicationGroupId());
        return new CacheAnswer(
                hit(rules, verifications, request, now),
                pending(rules, verifications, request, now));
    }

    static Optional<CacheHit> hit(
            List<ActiveRule> rules,
            List<VerificationFacts> verifications,
            RequestFacts request,
            Instant now) {
        CacheHit best = null;
        for (VerificationFacts verified : verifications) {
            // A success stamped a moment after this decision's "now" (by another node, or
            // committed while this one read) still counts: its window has only just opened.
            if (verified.result() != VerificationResult.SUCCEEDED
                    || verified.finishedAt() == null) {
                continue;
            }
            for (ActiveRule rule : rules) {
                Instant until = verified.finishedAt().plusSeconds(rule.seconds());
                if (until.isAfter(now)
                        && rule.covers(verified, request)
                        && (best == null || until.isAfter(best.validUntil()))) {
                    best = new CacheHit(rule.id(), until);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A verification in progress that some rule would let cover this request once it succeeds. */
    static boolean pending(
            List<ActiveRule> rules,
            List<VerificationFacts> verifications,
            RequestFacts request,
            Instant now) {
        Instant abandonedBefore = now.minus(ABANDONED_AFTER);
        for (VerificationFacts verification : verifications) {
            if (verification.result() != VerificationResult.STARTED
                    || verification.startedAt().isBefore(abandonedBefore)) {
                continue;
            }
            for (ActiveRule rule : rules) {
                if (rule.covers(verification, request)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How far back a verification can still matter to a decision under these rules. */
    public static Duration lookBack(List<ActiveRule> rules) {
        int longest = rules.stream().mapToInt(ActiveRule::seconds).max().orElse(0);
        return Duration.ofSeconds(longest).plus(ABANDONED_AFTER);
    }
}
