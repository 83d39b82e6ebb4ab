package org.mfasettings.console.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.security.Principal;
import org.mfasettings.admin.SignInService;
import org.mfasettings.security.AdminAuthenticationMechanism;

/** Ends the console session: audited, logged out of the container, session discarded. */
@Named("signOut")
@RequestScoped
public class SignOut {

    private static final Logger LOG = System.getLogger(SignOut.class.getName());

    @Inject SignInService signInService;

    public void signOut() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();

        Principal caller = request.getUserPrincipal();
        if (caller != null) {
            signInService.signedOut(caller.getName(), request.getRemoteAddr());
        }
        try {
            request.logout();
        } catch (ServletException e) {
            LOG.log(Level.WARNING, "The container refused to log out; the session still ends", e);
        }
        external.invalidateSession();

        external.redirect(
                external.getRequestContextPath() + AdminAuthenticationMechanism.SIGN_IN_PAGE);
        faces.responseComplete();
    }
}
