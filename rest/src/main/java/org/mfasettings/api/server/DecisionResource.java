package org.mfasettings.api.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.mfasettings.decision.Decision;
import org.mfasettings.decision.DecisionRequest;
import org.mfasettings.decision.DecisionService;
import org.mfasettings.decision.Outcome;
import org.mfasettings.decision.ServerDecision;

/**
 * May this sign-in skip MFA? With {@code waitSeconds} (0 to 30) a PENDING answer is held back,
 * without a request thread, until the verification in progress ends or the wait runs out.
 *
 * <p>Not behind {@link ServerTokenFilter}: the decision checks the bearer token itself, against
 * what this node knows of the servers (current on every decision, see {@code DecisionCaches}), and
 * refuses a bad one with the filter's answer. One instance serves every request (MFA servers call
 * this the most); what belongs to a request comes in as parameters.
 */
@Path("v1/decisions")
@ApplicationScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    @Inject DecisionService decisions;

    @Inject PendingDecisions pending;

    @POST
    public void decide(
            @QueryParam("waitSeconds") Integer waitSeconds,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context HttpServletRequest request,
            DecisionRequest body,
            @Suspended AsyncResponse response) {
        Optional<ServerDecision> answer =
                decisions.decide(
                        ServerTokenFilter.bearerToken(authorization),
                        request.getRemoteAddr(),
                        body,
                        waitSeconds);
        if (answer.isEmpty()) {
            response.resume(ServerTokenFilter.refusal());
            return;
        }
        Decision decision = answer.get().decision();
        int wait = waitSeconds == null ? 0 : waitSeconds;
        if (decision.outcome() == Outcome.PENDING && wait > 0) {
            pending.await(answer.get().server(), body, wait, response);
        } else {
            response.resume(decision);
        }
    }
}
