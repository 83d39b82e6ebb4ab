package org.mfasettings.console.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import org.mfasettings.admin.NewAdministrator;
import org.mfasettings.admin.Role;
import org.mfasettings.admin.SetupService;
import org.mfasettings.common.ConflictException;
import org.mfasettings.common.InvalidInputException;
import org.mfasettings.console.shell.Feedback;
import org.mfasettings.console.shell.FieldTarget;
import org.mfasettings.security.AdminAuthenticationMechanism;

/**
 * Creates the first global administrator with the one-time token from the server log. The page
 * stays open to anyone, so it offers its form only while no administrator exists.
 */
@Named("setup")
@RequestScoped
public class SetupView {

    static final String CONFIRM_INPUT = "setupConfirm";
    private static final Map<String, FieldTarget> FIELDS =
            Map.of(
                    "token", new FieldTarget("setupToken", "setup.token"),
                    "username", new FieldTarget("setupUsername", "setup.username"),
                    "password", new FieldTarget("setupPassword", "setup.password"));

    @Inject SetupService service;

    private Boolean setUp;

    private String token;
    private String username;
    private String password;
    private String confirmation;

    public boolean isSetUp() {
        if (setUp == null) {
            setUp = service.isSetUp();
        }
        return setUp;
    }

    public void complete() throws IOException {
        if (!Objects.equals(password, confirmation)) {
            Feedback.errorOn(CONFIRM_INPUT, Feedback.text("password.mismatch"));
            return;
        }

        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String address = ((HttpServletRequest) external.getRequest()).getRemoteAddr();
        try {
            service.completeWithToken(
                    token, address, new NewAdministrator(username, password, Role.GLOBAL_ADMIN));
        } catch (InvalidInputException | ConflictException e) {
            Feedback.refused(e, FIELDS, null);
            return;
        }

        Feedback.info("setup.done");
        Feedback.keepForRedirect();
        external.redirect(
                external.getRequestContextPath() + AdminAuthenticationMechanism.SIGN_IN_PAGE);
        faces.responseComplete();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
