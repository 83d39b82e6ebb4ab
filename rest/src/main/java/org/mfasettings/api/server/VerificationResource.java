package org.mfasettings.api.server;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.mfasettings.caching.CachingService;
import org.mfasettings.caching.VerificationReport;
import org.mfasettings.caching.VerificationUpdate;

/** MFA servers report the verifications they perform, which open caching windows. */
@Path("v1/verifications")
@RequestScoped
@ServerAuthenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResource {

    @Inject CachingService caching;

    @Context HttpServletRequest request;

    @POST
    public Response report(VerificationReport body) {
        String id = caching.report(ServerTokenFilter.callerOf(request), body);
        return Response.status(Response.Status.CREATED)
                .entity(Map.of("verificationId", id))
                .build();
    }

    @PUT
    @Path("{id}")
    public Response finish(@PathParam("id") String id, VerificationUpdate body) {
        caching.finish(ServerTokenFilter.callerOf(request), id, body);
        return Response.ok(Map.of("verificationId", id)).build();
    }
}
