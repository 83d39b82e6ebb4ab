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
import org.mfasettings.api.CsvWriter;
import org.mfasettings.group.GroupRequest;
import org.mfasettings.group.ReplicationGroupService;
import org.mfasettings.group.ReplicationGroupView;

@Path("v1/admin/replication-groups")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
@Consumes(MediaType.APPLICATION_JSON)
public class ReplicationGroupsResource {

    @Inject ReplicationGroupService groups;

    @Context UriInfo uri;

    @GET
    public List<ReplicationGroupView> list() {
        return groups.list();
    }

    @GET
    @Path("{name}")
    @Produces(MediaType.APPLICATION_JSON)
    public ReplicationGroupView get(@PathParam("name") String name) {
        return groups.get(name);
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(GroupRequest request) {
        ReplicationGroupView created = groups.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.name()).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{name}")
    @Produces(MediaType.APPLICATION_JSON)
    public ReplicationGroupView update(@PathParam("name") String name, GroupRequest request) {
        return groups.update(name, request);
    }

    @DELETE
    @Path("{name}")
    public Response delete(@PathParam("name") String name) {
        groups.delete(name);
        return Response.noContent().build();
    }
}
