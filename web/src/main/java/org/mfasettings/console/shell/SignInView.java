package org.mfasettings.console.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mfasettings.admin.Role;
import org.mfasettings.admin.SignInResult;
import org.mfasettings.security.AdminAuthenticationMechanism;

/**
 * The sign-in form. It hands the credentials to the application's authentication mechanism, which
 * checks them, throttles guessing and audits the attempt; this page only reports the verdict.
 */
@Named("signIn")
@RequestScoped
public class SignInView {

    static final String HOME = "/index.xhtml";

    @Inject SecurityContext security;

    private String username;
    private String password;

    /**
     * Someone already signed in has nothing to do here. Asked by role, because some servers name an
     * unauthenticated caller with an anonymous principal rather than none.
     */
    public void skipWhenSignedIn() throws IOException {
        if (security.isCallerInRole(Role.READER)) {
            goHome();
        }
    }

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status =
                security.authenticate(
                        (HttpServletRequest) external.getRequest(),
                        (HttpServletResponse) external.getResponse(),
                        AuthenticationParameters.withParams()
                                .credential(
                                        new UsernamePasswordCredential(
                                                username, new Password(password)))
                                .newAuthentication(true));
        password = null;

        switch (status) {
            case SUCCESS -> goHome();
            case SEND_CONTINUE -> faces.responseComplete();
            default -> showRefusal(external);
        }
    }

    private static void showRefusal(ExternalContext external) {
        Object refusal = external.getRequestMap().get(AdminAuthenticationMechanism.REFUSAL);
        // The mechanism's SEND_FAILURE may leave 401 on the response; the page that explains
        // the refusal is an ordinary answer.
        ((HttpServletResponse) external.getResponse()).setStatus(HttpServletResponse.SC_OK);
        if (refusal == SignInResult.Outcome.THROTTLED) {
            Feedback.error("login.throttled");
        } else {
            Feedback.error("login.failed");
        }
    }

    private static void goHome() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + HOME);
        faces.responseComplete();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
