package org.mfasettings.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The network address a change came from, for the audit log. It is the address the application
 * server saw; behind a proxy, configure the server to take the client's address from the forwarding
 * headers. Timers run outside any request and have none.
 */
@ApplicationScoped
public class RequestOrigin {

    @Inject HttpServletRequest request;

    public String address() {
        try {
            return request.getRemoteAddr();
        } catch (ContextNotActiveException | IllegalStateException e) {
            return null;
        }
    }
}
