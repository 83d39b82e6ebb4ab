package org.mfasettings.decision;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.mfasettings.bypass.BypassService;
import org.mfasettings.bypass.ConsumedBypass;
import org.mfasettings.caching.CacheAnswer;
import org.mfasettings.caching.CacheHit;
import org.mfasettings.caching.CachingService;
import org.mfasettings.common.InputValidator;
import org.mfasettings.server.AuthenticatedServer;

/**
 * Whether a sign-in may skip MFA: CACHED if a caching window covers it (consumes nothing), else
 * BYPASS if a one-time bypass can be used (and uses it), else PENDING if a verification that would
 * cache it is in progress, else VERIFY. One transaction per decision.
 */
@Stateless
@PermitAll
public class DecisionService {

    @Inject InputValidator validator;

    @Inject CachingService caching;

    @Inject BypassService bypasses;

    public Decision decide(AuthenticatedServer server, DecisionRequest request) {
        validator.check(request);
        String username = Usernames.normalise(request.username());

        CacheAnswer cache =
                caching.evaluate(server, username, request.application(), request.clientIp());
        if (cache.hit().isPresent()) {
            CacheHit hit = cache.hit().get();
            return Decision.cached(hit.ruleId(), hit.validUntil());
        }

        Optional<ConsumedBypass> bypass =
                bypasses.consume(server, username, request.clientIp(), request.application());
        if (bypass.isPresent()) {
            return Decision.bypass(bypass.get().bypassId(), bypass.get().validUntil());
        }

        return cache.pending() ? Decision.pending() : Decision.verify();
    }

    /**
     * For a request that was PENDING: CACHED once the verification succeeded, VERIFY once it failed
     * or was abandoned, empty while it is still in progress.
     */
    public Optional<Decision> recheck(AuthenticatedServer server, DecisionRequest request) {
        String username = Usernames.normalise(request.username());
        CacheAnswer cache =
                caching.evaluate(server, username, request.application(), request.clientIp());
        if (cache.hit().isPresent()) {
            CacheHit hit = cache.hit().get();
            return Optional.of(Decision.cached(hit.ruleId(), hit.validUntil()));
        }
        return cache.pending() ? Optional.empty() : Optional.of(Decision.verify());
    }
}
