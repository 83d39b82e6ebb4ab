package org.mfasettings.decision;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.mfasettings.caching.ActiveRule;

/**
 * This node's copies of two things that nearly every decision needs and that rarely change: the
 * caching rules, and which users have an active bypass.
 *
 * <p>Each copy is labelled with the generation it was read at. Every change to a rule, and every
 * bypass grant, raises that generation in its own transaction, on whichever node it is made (see
 * {@link DecisionGenerations}); a decision learns the current generations in the same query that
 * checks its token. A copy is used only when it is at least that new, and reloaded otherwise, so
 * the next decision on every node sees the change, while decisions in between read neither the
 * rules nor the bypasses.
 *
 * <p>The users copy may hold users whose bypass has since been used, cancelled or lapsed (those
 * changes raise nothing); that only costs a decision the query that finds nothing to use.
 */
@ApplicationScoped
public class DecisionCaches {

    private final AtomicReference<Copy<List<ActiveRule>>> rules = new AtomicReference<>();
    private final AtomicReference<Copy<Set<String>>> usersWithBypasses = new AtomicReference<>();

    List<ActiveRule> rules(long generation, Supplier<List<ActiveRule>> load) {
        return current(rules, generation, load);
    }

    boolean mayHaveBypass(String username, long generation, Supplier<Set<String>> load) {
        return current(usersWithBypasses, generation, load).contains(username);
    }

    /**
     * The copy if it is at least as new as {@code generation}; else a fresh one. A reload happens
     * after the generation was read, so it holds everything that generation stands for.
     */
    private static <T> T current(
            AtomicReference<Copy<T>> holder, long generation, Supplier<T> load) {
        Copy<T> copy = holder.get();
        if (copy != null && copy.generation() >= generation) {
            return copy.value();
        }
        Copy<T> fresh = new Copy<>(generation, load.get());
        holder.accumulateAndGet(
                fresh, (kept, offered) -> kept == null || offered.newerThan(kept) ? offered : kept);
        return fresh.value();
    }

    private record Copy<T>(long generation, T value) {
        boolean newerThan(Copy<?> other) {
            return generation > other.generation;
        }
    }
}
