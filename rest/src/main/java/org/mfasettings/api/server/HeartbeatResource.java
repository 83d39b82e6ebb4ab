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
import org.mfasettings.server.HeartbeatAnswer;
import org.mfasettings.server.HeartbeatRequest;
import org.mfasettings.server.ServerAuthentication;

@Path("v1/heartbeat")
@RequestScoped
@ServerAuthenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class HeartbeatResource {

    @Inject ServerAuthentication servers;

    @Context HttpServletRequest request;

    @POST
    public HeartbeatAnswer heartbeat(HeartbeatRequest body) {
        return servers.heartbeat(
                ServerTokenFilter.callerOf(request), body, request.getRemoteAddr());
    }
}
