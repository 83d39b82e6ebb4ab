package org.mfasettings.api.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.mfasettings.api.CsvWriter;
import org.mfasettings.api.QueryParameters;
import org.mfasettings.bypass.BypassCancellation;
import org.mfasettings.bypass.BypassGrant;
import org.mfasettings.bypass.BypassQuery;
import org.mfasettings.bypass.BypassService;
import org.mfasettings.bypass.BypassStatus;
import org.mfasettings.bypass.BypassView;
import org.mfasettings.common.InputValidator;

/** One-time bypasses and their report: filter by status, username, group and grant time. */
@Path("v1/admin/bypasses")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
@Consumes(MediaType.APPLICATION_JSON)
public class BypassesResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 10_000;

    @Inject BypassService bypasses;

    @Context UriInfo uri;

    @GET
    public List<BypassView> report(
            @QueryParam("status") String status,
            @QueryParam("username") String username,
            @QueryParam("group") String group,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        BypassQuery query =
                new BypassQuery(
                        QueryParameters.instant("from", from),
                        QueryParameters.instant("to", to),
                        username,
                        QueryParameters.enumValue("status", status, BypassStatus.class),
                        group);
        int first = InputValidator.bounded("offset", offset, 0, 0, Integer.MAX_VALUE);
        int max = InputValidator.bounded("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        return bypasses.search(query, first, max);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public BypassView get(@PathParam("id") String id) {
        return bypasses.get(id);
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response grant(BypassGrant body) {
        BypassView granted = bypasses.grant(body);
        return Response.created(uri.getAbsolutePathBuilder().path(granted.id()).build())
                .entity(granted)
                .build();
    }

    @POST
    @Path("{id}/cancel")
    @Produces(MediaType.APPLICATION_JSON)
    public BypassView cancel(@PathParam("id") String id, BypassCancellation body) {
        return bypasses.cancel(id, body);
    }
}
