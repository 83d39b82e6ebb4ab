package org.mfasettings.decision;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.mfasettings.bypass.BypassCandidate;
import org.mfasettings.bypass.BypassService;
import org.mfasettings.bypass.ConsumedBypass;
import org.mfasettings.caching.ActiveRule;
import org.mfasettings.caching.CacheAnswer;
import org.mfasettings.caching.CacheEvaluation;
import org.mfasettings.caching.CacheHit;
import org.mfasettings.caching.CachingService;
import org.mfasettings.common.Clock;
import org.mfasettings.common.InputValidator;
import org.mfasettings.common.InvalidInputException;
import org.mfasettings.persistence.DataSourceName;
import org.mfasettings.server.AuthenticatedServer;
import org.mfasettings.server.CommunicationRecorder;
import org.mfasettings.server.ServerAuthentication;

/**
 * Whether a sign-in may skip MFA: CACHED if a caching window covers it (consumes nothing), else
 * BYPASS if a one-time bypass can be used (and uses it), else PENDING if a verification that would
 * cache it is in progress, else VERIFY.
 *
 * <p>Decisions are the hottest call of the service, and most of them only read: they run without a
 * transaction, read the database once (see {@link DecisionFacts}) and check the caller's token in
 * this node's copy (see {@link DecisionCaches}), and only using a bypass writes, in a transaction
 * of its own that its conditional update makes safe against every concurrent decision.
 *
 * <p>A CDI bean rather than an enterprise bean: it needs no transaction, and no caller identity (an
 * MFA server proves itself with its token, checked here), so the EJB container's work on each call,
 * a measurable share of a decision, would buy nothing. The services it calls that write are
 * enterprise beans and bring their own transactions.
 */
@ApplicationScoped
public class DecisionService {

    /** The longest a decision may wait for a verification in progress. */
    public static final int MAX_WAIT_SECONDS = 30;

    /** For the one statement a decision reads with (see {@link DecisionFacts}). */
    private DataSource database;

    @Inject InputValidator validator;

    @Inject ServerAuthentication authentication;

    @Inject CommunicationRecorder communication;

    @Inject Clock clock;

    @Inject CachingService caching;

    @Inject BypassService bypasses;

    @Inject DecisionCaches caches;

    @PostConstruct
    void lookUpDatabase() {
        database = DataSourceName.lookup();
    }

    /**
     * The decision for a request from the server holding {@code token}; empty when no active server
     * holds it. Input is checked before anything is used, and bad input from a caller without a
     * valid token is refused as unauthenticated, as every other server call is.
     */
    public Optional<ServerDecision> decide(
            String token, String address, DecisionRequest request, Integer waitSeconds) {
        Optional<String> tokenHash = ServerAuthentication.tokenHash(token);
        if (tokenHash.isEmpty()) {
            return Optional.empty();
        }
        try {
            validator.check(request);
            InputValidator.bounded("waitSeconds", waitSeconds, 0, 0, MAX_WAIT_SECONDS);
        } catch (InvalidInputException e) {
            if (authentication.authenticate(token, address).isEmpty()) {
                return Optional.empty();
            }
            throw e;
        }
        String username = Usernames.normalise(request.username());
        Instant now = clock.now();

        Duration readBack = CacheEvaluation.lookBack(caches.lastRules());
        DecisionFacts facts = DecisionFacts.read(database, username, now.minus(readBack));
        Optional<AuthenticatedServer> caller =
                caches.server(
                        tokenHash.get(), facts.serversGeneration(), authentication::activeServer);
        if (caller.isEmpty()) {
            return Optional.empty();
        }
        AuthenticatedServer server =
                caller.get().at(facts.rulesGeneration(), facts.bypassesGeneration());
        communication.record(server.id(), address);

        List<ActiveRule> rules = caches.rules(server.rulesGeneration(), caching::activeRules);
        CacheAnswer cache =
                CacheEvaluation.lookBack(rules).compareTo(readBack) <= 0
                        ? CacheEvaluation.answer(
                                rules,
                                facts.verifications(),
                                server,
                                username,
                                request.application(),
                                request.clientIp(),
                                now)
                        // The rules changed and reach further back than was read: read again.
                        : caching.evaluate(
                                server, rules, username, request.application(), request.clientIp());
        return Optional.of(
                new ServerDecision(server, outcome(server, request, username, now, cache)));
    }

    private Decision outcome(
            AuthenticatedServer server,
            DecisionRequest request,
            String username,
            Instant now,
            CacheAnswer cache) {
        if (cache.hit().isPresent()) {
            CacheHit hit = cache.hit().get();
            return Decision.cached(hit.ruleId(), hit.validUntil());
        }

        for (BypassCandidate candidate :
                caches.bypasses(username, server.bypassesGeneration(), bypasses::activeBypasses)) {
            if (candidate.usableFrom(server.replicationGroupId(), now)) {
                Optional<ConsumedBypass> used =
                        bypasses.claim(
                                server, candidate, request.clientIp(), request.application());
                // Used now, or by someone else before: either way never usable again.
                caches.forget(candidate);
                if (used.isPresent()) {
                    return Decision.bypass(used.get().bypassId(), used.get().validUntil());
                }
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
