package org.mfasettings.decision;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.mfasettings.bypass.BypassCandidate;
import org.mfasettings.caching.ActiveRule;
import org.mfasettings.server.AuthenticatedServer;

/**
 * This node's copies of three things that every decision needs and that rarely change: which active
 * server holds a token, the caching rules, and the active bypasses.
 *
 * <p>Each copy is labelled with the generation it was read at. Every change to a rule, and every
 * bypass grant, raises that generation in its own transaction, on whichever node it is made (see
 * {@link DecisionGenerations}), as does every deactivation or move of a server; a decision learns
 * the current generations in the same statement that reads the user's verifications (see {@link
 * DecisionFacts}). A copy is used only when it is at least that new, and reloaded otherwise, so the
 * next decision on every node sees the change (a deactivated server is refused at once), while
 * decisions in between read none of them.
 *
 * <p>The bypasses copy may hold bypasses that have since been used, cancelled or lapsed (those
 * changes raise nothing): using one is a conditional update that then changes nothing, so the copy
 * can never make a bypass usable twice, and one that failed or succeeded here is dropped from it.
 * The servers copy holds only tokens that were found; an unknown token is looked up every time, and
 * at most {@link #MAX_SERVERS} tokens are kept.
 */
@ApplicationScoped
public class DecisionCaches {

    static final int MAX_SERVERS = 10_000;

    private final AtomicReference<Copy<Map<String, AuthenticatedServer>>> servers =
            new AtomicReference<>();
    private final AtomicReference<Copy<List<ActiveRule>>> rules = new AtomicReference<>();
    private final AtomicReference<Copy<ActiveBypasses>> activeBypasses = new AtomicReference<>();

    /**
     * The active server whose token has this hash, from a copy at least as new as {@code
     * generation}; {@code load} looks up a token the copy does not hold.
     */
    Optional<AuthenticatedServer> server(
            String tokenHash,
            long generation,
            Function<String, Optional<AuthenticatedServer>> load) {
        Map<String, AuthenticatedServer> known =
                current(servers, generation, ConcurrentHashMap::new);
        AuthenticatedServer server = known.get(tokenHash);
        if (server != null) {
            return Optional.of(server);
        }
        Optional<AuthenticatedServer> found = load.apply(tokenHash);
        if (found.isPresent() && known.size() < MAX_SERVERS) {
            known.put(tokenHash, found.get());
        }
        return found;
    }

    List<ActiveRule> rules(long generation, Supplier<List<ActiveRule>> load) {
        return current(rules, generation, load);
    }

    /**
     * The rules as last read, whatever their generation, or none before the first read: what a
     * decision can go by until it learns the current generation.
     */
    List<ActiveRule> lastRules() {
        Copy<List<ActiveRule>> copy = rules.get();
        return copy == null ? List.of() : copy.value();
    }

    /**
     * The user's bypasses in a copy at least as new as {@code generation}, soonest to lapse first.
     */
    List<BypassCandidate> bypasses(
            String username, long generation, Supplier<List<BypassCandidate>> load) {
        return current(activeBypasses, generation, () -> new ActiveBypasses(load.get()))
                .of(username);
    }

    /** Drops a bypass that was just used, or found unusable, from this node's copy. */
    void forget(BypassCandidate bypass) {
        Copy<ActiveBypasses> copy = activeBypasses.get();
        if (copy != null) {
            copy.value().forget(bypass);
        }
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

    /** The active bypasses by user. */
    private static final class ActiveBypasses {
        private final Map<String, List<BypassCandidate>> byUser;

        ActiveBypasses(List<BypassCandidate> soonestFirst) {
            byUser =
                    soonestFirst.stream()
                            .collect(
                                    Collectors.groupingBy(
                                            BypassCandidate::username,
                                            ConcurrentHashMap::new,
                                            Collectors.toUnmodifiableList()));
        }

        List<BypassCandidate> of(String username) {
            return byUser.getOrDefault(username, List.of());
        }

        void forget(BypassCandidate bypass) {
            byUser.computeIfPresent(
                    bypass.username(),
                    (user, held) -> {
                        List<BypassCandidate> rest =
                                held.stream().filter(b -> !b.id().equals(bypass.id())).toList();
                        return rest.isEmpty() ? null : rest;
                    });
        }
    }
}
