package org.mfasettings.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.mfasettings.bypass.BypassCandidate;
import org.mfasettings.caching.ActiveRule;
import org.mfasettings.caching.CacheType;
import org.mfasettings.server.AuthenticatedServer;

class DecisionCachesTest {

    private final DecisionCaches caches = new DecisionCaches();

    @Test
    void rulesAreReadOncePerGeneration() {
        Loads<List<ActiveRule>> loads = new Loads<>(List.of(rule("r1")));

        assertEquals(List.of(rule("r1")), caches.rules(0, loads));
        assertEquals(List.of(rule("r1")), caches.rules(0, loads));

        assertEquals(1, loads.count(), "the copy serves its own generation");
    }

    @Test
    void aNewerGenerationReloadsAndAnOlderOneUsesTheNewerCopy() {
        Loads<List<ActiveRule>> loads = new Loads<>(List.of(rule("r1")));
        caches.rules(3, loads);

        loads.answer(List.of(rule("r2")));
        assertEquals(List.of(rule("r2")), caches.rules(4, loads), "a change raised the generation");
        assertEquals(2, loads.count());

        assertEquals(
                List.of(rule("r2")),
                caches.rules(3, loads),
                "a request authenticated before the change may use the newer copy");
        assertEquals(2, loads.count());
    }

    @Test
    void aTokenIsLookedUpOncePerServersGeneration() {
        AuthenticatedServer server = new AuthenticatedServer("s1", "mfa-1", 1L, 0, 0);
        Map<String, AuthenticatedServer> database = new HashMap<>(Map.of("hash-1", server));
        AtomicInteger lookups = new AtomicInteger();
        Function<String, Optional<AuthenticatedServer>> load =
                hash -> {
                    lookups.incrementAndGet();
                    return Optional.ofNullable(database.get(hash));
                };

        assertEquals(Optional.of(server), caches.server("hash-1", 5, load));
        assertEquals(Optional.of(server), caches.server("hash-1", 5, load));
        assertEquals(1, lookups.get(), "a known token is not looked up again");

        assertEquals(Optional.empty(), caches.server("unknown", 5, load));
        assertEquals(Optional.empty(), caches.server("unknown", 5, load));
        assertEquals(3, lookups.get(), "an unknown token is looked up every time");

        database.clear();
        assertEquals(
                Optional.empty(),
                caches.server("hash-1", 6, load),
                "a deactivation raised the generation: the token is refused at once");
    }

    @Test
    void bypassesAreReloadedWhenAGrantRaisesTheGeneration() {
        BypassCandidate ann = bypass("b1", "ann@example.org");
        Loads<List<BypassCandidate>> loads = new Loads<>(List.of(ann));

        assertEquals(List.of(ann), caches.bypasses("ann@example.org", 7, loads));
        assertEquals(List.of(), caches.bypasses("bob@example.org", 7, loads));
        assertEquals(1, loads.count());

        BypassCandidate bob = bypass("b2", "bob@example.org");
        loads.answer(List.of(ann, bob));
        assertEquals(List.of(bob), caches.bypasses("bob@example.org", 8, loads));
        assertEquals(2, loads.count());
    }

    @Test
    void aForgottenBypassLeavesTheCopyUntilTheNextReload() {
        BypassCandidate first = bypass("b1", "ann@example.org");
        BypassCandidate second = bypass("b2", "ann@example.org");
        Loads<List<BypassCandidate>> loads = new Loads<>(List.of(first, second));
        caches.bypasses("ann@example.org", 3, loads);

        caches.forget(first);
        assertEquals(List.of(second), caches.bypasses("ann@example.org", 3, loads));
        caches.forget(second);
        assertEquals(List.of(), caches.bypasses("ann@example.org", 3, loads));
        assertEquals(1, loads.count(), "forgetting reads nothing");

        assertEquals(
                List.of(first, second),
                caches.bypasses("ann@example.org", 4, loads),
                "a reload holds what the database holds");
    }

    private static BypassCandidate bypass(String id, String username) {
        return new BypassCandidate(id, username, null, Instant.parse("2026-12-04T12:00:00Z"));
    }

    private static ActiveRule rule(String id) {
        return new ActiveRule(id, CacheType.USER, 60, null, null, null);
    }

    /** A loader that counts how often it is asked. */
    private static final class Loads<T> implements Supplier<T> {
        private final AtomicInteger count = new AtomicInteger();
        private volatile T answer;

        Loads(T answer) {
            this.answer = answer;
        }

        void answer(T next) {
            answer = next;
        }

        int count() {
            return count.get();
        }

        @Override
        public T get() {
            count.incrementAndGet();
            return answer;
        }
    }
}
