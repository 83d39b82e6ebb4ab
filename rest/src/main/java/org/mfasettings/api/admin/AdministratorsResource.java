package org.mfasettings.api.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.mfasettings.admin.AdministratorService;
import org.mfasettings.admin.AdministratorView;
import org.mfasettings.admin.NewAdministrator;
import org.mfasettings.admin.PasswordChange;
import org.mfasettings.api.CsvWriter;

@Path("v1/admin/administrators")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
@Consumes(MediaType.APPLICATION_JSON)
public class AdministratorsResource {

    @Inject AdministratorService administrators;

    @Context UriInfo uri;

    @GET
    public List<AdministratorView> list() {
        return administrators.list();
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response add(NewAdministrator request) {
        AdministratorView added = administrators.add(request);
        return Response.created(uri.getAbsolutePathBuilder().path(added.username()).build())
                .entity(added)
                .build();
    }

    @DELETE
    @Path("{username}")
    public Response remove(@PathParam("username") String username) {
        administrators.remove(username);
        return Response.noContent().build();
    }

    /** The signed-in administrator's own password. */
    @PUT
    @Path("me/password")
    public Response changeOwnPassword(PasswordChange change) {
        administrators.changeOwnPassword(change);
        return Response.noContent().build();
    }
}
