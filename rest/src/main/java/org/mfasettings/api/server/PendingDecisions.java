package org.mfasettings.api.server;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.AsyncResponse;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.mfasettings.decision.Decision;
import org.mfasettings.decision.DecisionRequest;
import org.mfasettings.decision.DecisionService;
import org.mfasettings.decision.Outcome;
import org.mfasettings.server.AuthenticatedServer;

/**
 * Decisions that wait for a verification in progress. The request thread is released at once; a
 * managed scheduler re-reads the database every {@link #POLL_INTERVAL} until the verification ends
 * or the wait runs out. Reading the database, rather than waiting for a signal in this node's
 * memory, is what lets the success be reported to any node.
 */
@ApplicationScoped
public class PendingDecisions {

    private static final Logger LOG = System.getLogger(PendingDecisions.class.getName());

    static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    @Resource ManagedScheduledExecutorService scheduler;

    @Inject DecisionService decisions;

    void await(
            AuthenticatedServer server,
            DecisionRequest request,
            int waitSeconds,
            AsyncResponse response) {
        Instant deadline = Instant.now().plusSeconds(waitSeconds);
        response.setTimeout(waitSeconds + 5L, TimeUnit.SECONDS);
        response.setTimeoutHandler(r -> r.resume(verify()));
        schedule(server, request, deadline, response);
    }

    private void schedule(
            AuthenticatedServer server,
            DecisionRequest request,
            Instant deadline,
            AsyncResponse response) {
        scheduler.schedule(
                () -> poll(server, request, deadline, response),
                POLL_INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void poll(
            AuthenticatedServer server,
            DecisionRequest request,
            Instant deadline,
            AsyncResponse response) {
        if (response.isDone()) {
            return;
        }
        try {
            Optional<Decision> settled = decisions.recheck(server, request);
            if (settled.isPresent()) {
                response.resume(settled.get());
            } else if (Instant.now().isAfter(deadline)) {
                response.resume(verify());
            } else {
                schedule(server, request, deadline, response);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A waiting decision failed; answering VERIFY", e);
            response.resume(verify());
        }
    }

    private static Decision verify() {
        return new Decision(Outcome.VERIFY, null, null, null);
    }
}
