package org.mfasettings.console.admin;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Objects;
import org.mfasettings.admin.AdministratorService;
import org.mfasettings.admin.PasswordChange;
import org.mfasettings.common.InvalidInputException;
import org.mfasettings.common.NotFoundException;
import org.mfasettings.console.shell.Feedback;
import org.mfasettings.console.shell.FieldTarget;

/** Any administrator replaces their own password, proving the current one. */
@Named("password")
@RequestScoped
public class PasswordView {

    static final String CONFIRM_INPUT = "confirmPassword";
    private static final Map<String, FieldTarget> FIELDS =
            Map.of(
                    "currentPassword", new FieldTarget("currentPassword", "password.current"),
                    "newPassword", new FieldTarget("newPassword", "password.new"));

    @Inject AdministratorService service;

    private String current;
    private String replacement;
    private String confirmation;

    public void change() {
        if (!Objects.equals(replacement, confirmation)) {
            Feedback.errorOn(CONFIRM_INPUT, Feedback.text("password.mismatch"));
            return;
        }
        try {
            service.changeOwnPassword(new PasswordChange(current, replacement));
            Feedback.info("password.changed");
        } catch (InvalidInputException | NotFoundException | EJBAccessException e) {
            Feedback.refused(e, FIELDS, null);
        }
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
