package org.mfasettings.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.mfasettings.caching.ActiveRule;
import org.mfasettings.caching.CacheType;

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
    void usersWithBypassesAreReloadedWhenAGrantRaisesTheGeneration() {
        Loads<Set<String>> loads = new Loads<>(Set.of("ann@example.org"));

        assertTrue(caches.mayHaveBypass("ann@example.org", 7, loads));
        assertFalse(caches.mayHaveBypass("bob@example.org", 7, loads));
        assertEquals(1, loads.count());

        loads.answer(Set.of("ann@example.org", "bob@example.org"));
        assertTrue(caches.mayHaveBypass("bob@example.org", 8, loads));
        assertEquals(2, loads.count());
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
