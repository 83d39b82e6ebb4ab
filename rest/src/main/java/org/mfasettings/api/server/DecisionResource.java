package org.mfasettings.api.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.mfasettings.api.QueryParameters;
import org.mfasettings.decision.Decision;
import org.mfasettings.decision.DecisionRequest;
import org.mfasettings.decision.DecisionService;
import org.mfasettings.decision.Outcome;
import org.mfasettings.server.AuthenticatedServer;

/**
 * May this sign-in skip MFA? With {@code waitSeconds} (0 to 30) a PENDING answer is held back,
 * without a request thread, until the verification in progress ends or the wait runs out.
 *
 * <p>One instance serves every request (MFA servers call this the most); what belongs to a request
 * comes in as parameters.
 */
@Path("v1/decisions")
@ApplicationScoped
@ServerAuthenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    static final int MAX_WAIT_SECONDS = 30;

    @Inject DecisionService decisions;

    @Inject PendingDecisions pending;

    @POST
    public void decide(
            @QueryParam("waitSeconds") Integer waitSeconds,
            @Context HttpServletRequest request,
            DecisionRequest body,
            @Suspended AsyncResponse response) {
        int wait = QueryParameters.bounded("waitSeconds", waitSeconds, 0, 0, MAX_WAIT_SECONDS);
        AuthenticatedServer server = ServerTokenFilter.callerOf(request);
        Decision decision = decisions.decide(server, body);
        if (decision.outcome() == Outcome.PENDING && wait > 0) {
            pending.await(server, body, wait, response);
        } else {
            response.resume(decision);
        }
    }
}
