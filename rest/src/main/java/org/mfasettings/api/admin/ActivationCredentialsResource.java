package org.mfasettings.api.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.mfasettings.server.ActivationService;
import org.mfasettings.server.CredentialsRequest;
import org.mfasettings.server.IssuedCredentials;

/** New activation credentials; the only answer that ever shows their password. */
@Path("v1/admin/activation-credentials")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ActivationCredentialsResource {

    @Inject ActivationService activation;

    @POST
    public Response issue(CredentialsRequest body) {
        IssuedCredentials issued = activation.issue(body);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(Response.Status.CREATED)
                .cacheControl(noStore)
                .entity(issued)
                .build();
    }
}
