package org.mfasettings.api.server;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.mfasettings.api.problem.Problem;
import org.mfasettings.server.AuthenticatedServer;
import org.mfasettings.server.ServerAuthentication;

/**
 * Admits a server call only with the bearer token of an active MFA server, and hands the resource
 * that server. A missing, unknown or revoked token is refused before the call does anything.
 * Decisions check the token themselves, against their node's copy of the servers (see {@link
 * DecisionResource}), and refuse it with the same answer.
 */
@Provider
@ServerAuthenticated
@Priority(Priorities.AUTHENTICATION)
public class ServerTokenFilter implements ContainerRequestFilter {

    static final String SERVER = "org.mfasettings.server";
    private static final String BEARER = "Bearer ";

    @Inject ServerAuthentication authentication;

    @Context HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<AuthenticatedServer> server =
                authentication.authenticate(
                        bearerToken(request.getHeaderString(HttpHeaders.AUTHORIZATION)),
                        servletRequest.getRemoteAddr());
        if (server.isEmpty()) {
            request.abortWith(refusal());
            return;
        }
        request.setProperty(SERVER, server.get());
    }

    /** The server that the filter admitted for this request. */
    public static AuthenticatedServer callerOf(HttpServletRequest request) {
        return (AuthenticatedServer) request.getAttribute(SERVER);
    }

    /** The token of an {@code Authorization: Bearer} header; null for any other header or none. */
    static String bearerToken(String header) {
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? header.substring(BEARER.length()).trim()
                : null;
    }

    /** The answer to a call without the token of an active server. */
    static Response refusal() {
        return Response.fromResponse(
                        Problem.of(Status.UNAUTHORIZED, "The token is missing, unknown or revoked.")
                                .toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"mfa-api\"")
                .build();
    }
}
