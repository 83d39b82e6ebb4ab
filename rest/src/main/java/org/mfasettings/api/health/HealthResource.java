package org.mfasettings.api.health;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.mfasettings.health.Readiness;

/**
 * Probes for load balancers and orchestrators. They answer a bare status, no details, and need no
 * credentials.
 */
@Path("health")
@RequestScoped
public class HealthResource {

    @Inject Readiness readiness;

    @GET
    @Path("live")
    public Response live() {
        return bare(Response.Status.OK);
    }

    @GET
    @Path("ready")
    public Response ready() {
        return bare(
                readiness.databaseAnswers()
                        ? Response.Status.OK
                        : Response.Status.SERVICE_UNAVAILABLE);
    }

    private static Response bare(Response.Status status) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(status).cacheControl(noStore).build();
    }
}
