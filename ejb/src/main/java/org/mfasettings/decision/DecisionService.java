package org.mfasettings.decision;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.mfasettings.bypass.BypassCandidate;
import org.mfasettings.bypass.BypassService;
import org.mfasettings.bypass.ConsumedBypass;
import org.mfasettings.caching.ActiveRule;
import org.mfasettings.caching.CacheAnswer;
import org.mfasettings.caching.CacheHit;
import org.mfasettings.caching.CachingService;
import org.mfasettings.common.InputValidator;
import org.mfasettings.server.AuthenticatedServer;

/**
 * Whether a sign-in may skip MFA: CACHED if a caching window covers it (consumes nothing), else
 * BYPASS if a one-time bypass can be used (and uses it), else PENDING if a verification that would
 * cache it is in progress, else VERIFY.
 *
 * <p>Decisions are the hottest call of the service, and most of them only read: they run without a
 * transaction, and only using a bypass writes, in a transaction of its own that its conditional
 * update makes safe against every concurrent decision.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DecisionService {

    @Inject InputValidator validator;

    @Inject CachingService caching;

    @Inject BypassService bypasses;

    @Inject DecisionCaches caches;

    public Decision decide(AuthenticatedServer server, DecisionRequest request) {
        validator.check(request);
        String username = Usernames.normalise(request.username());

        List<ActiveRule> rules = caches.rules(server.rulesGeneration(), caching::activeRules);
        CacheAnswer cache =
                caching.evaluate(
                        server, rules, username, request.application(), request.clientIp());
        if (cache.hit().isPresent()) {
            CacheHit hit = cache.hit().get();
            return Decision.cached(hit.ruleId(), hit.validUntil());
        }

        boolean mayHaveBypass =
                caches.mayHaveBypass(
                        username, server.bypassesGeneration(), bypasses::usersWithActiveBypasses);
        List<BypassCandidate> candidates =
                mayHaveBypass ? bypasses.candidates(server, username) : List.of();
        for (BypassCandidate candidate : candidates) {
            Optional<ConsumedBypass> used =
                    bypasses.claim(
                            server, candidate, username, request.clientIp(), request.application());
            if (used.isPresent()) {
                return Decision.bypass(used.get().bypassId(), used.get().validUntil());
            }
        }

        return cache.pending() ? Decision.pending() : Decision.verify();
    }

    /**
     * For a request that was PENDING: CACHED once the verification succeeded, VERIFY once it failed
     * or was abandoned, empty while it is still in progress. Reads the rules as they are now: the
     * generations the request was authenticated with may be older.
     */
    public Optional<Decision> recheck(AuthenticatedServer server, DecisionRequest request) {
        String username = Usernames.normalise(request.username());
        CacheAnswer cache =
                caching.evaluate(
                        server,
                        caching.activeRules(),
                        username,
                        request.application(),
                        request.clientIp());
        if (cache.hit().isPresent()) {
            CacheHit hit = cache.hit().get();
            return Optional.of(Decision.cached(hit.ruleId(), hit.validUntil()));
        }
        return cache.pending() ? Optional.empty() : Optional.of(Decision.verify());
    }
}
