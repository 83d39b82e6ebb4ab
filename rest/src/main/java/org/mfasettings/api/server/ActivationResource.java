package org.mfasettings.api.server;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.mfasettings.server.Activation;
import org.mfasettings.server.ActivationRequest;
import org.mfasettings.server.ActivationService;

/** An MFA server exchanges activation credentials for its identity. No token is needed. */
@Path("v1/activation")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ActivationResource {

    @Inject ActivationService activation;

    @Context HttpServletRequest request;

    @POST
    public Response activate(ActivationRequest body) {
        Activation activated = activation.activate(body, request.getRemoteAddr());
        return Response.status(Response.Status.CREATED).entity(activated).build();
    }
}
