package org.mfasettings.api.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.mfasettings.api.CsvWriter;
import org.mfasettings.api.QueryParameters;
import org.mfasettings.server.CredentialsRequest;
import org.mfasettings.server.ServerDetail;
import org.mfasettings.server.ServerService;
import org.mfasettings.server.ServerStatus;
import org.mfasettings.server.ServerView;

/** The MFA servers: list (filtered by status or group), one with its history, deactivation. */
@Path("v1/admin/servers")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
public class ServersResource {

    @Inject ServerService servers;

    @GET
    public List<ServerView> list(
            @QueryParam("status") String status, @QueryParam("group") String group) {
        ServerStatus wanted = QueryParameters.enumValue("status", status, ServerStatus.class);
        return servers.list().stream()
                .filter(s -> wanted == null || s.status() == wanted)
                .filter(s -> group == null || s.replicationGroup().equalsIgnoreCase(group.trim()))
                .toList();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ServerDetail get(@PathParam("id") String id) {
        return servers.get(id);
    }

    @POST
    @Path("{id}/deactivate")
    @Produces(MediaType.APPLICATION_JSON)
    public ServerView deactivate(@PathParam("id") String id) {
        return servers.deactivate(id);
    }

    /** Moves the server to another replication group: body {@code {"replicationGroup": ...}}. */
    @PUT
    @Path("{id}/replication-group")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ServerView move(@PathParam("id") String id, CredentialsRequest body) {
        return servers.moveToGroup(id, body == null ? null : body.replicationGroup());
    }
}
