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
import org.mfasettings.caching.CachingRuleService;
import org.mfasettings.caching.RuleRequest;
import org.mfasettings.caching.RuleView;

@Path("v1/admin/caching-rules")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
@Consumes(MediaType.APPLICATION_JSON)
public class CachingRulesResource {

    @Inject CachingRuleService rules;

    @Context UriInfo uri;

    @GET
    public List<RuleView> list() {
        return rules.list();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public RuleView get(@PathParam("id") String id) {
        return rules.get(id);
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(RuleRequest body) {
        RuleView created = rules.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public RuleView update(@PathParam("id") String id, RuleRequest body) {
        return rules.update(id, body);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        rules.delete(id);
        return Response.noContent().build();
    }
}
