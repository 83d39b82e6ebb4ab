package org.mfasettings.console.admin;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.mfasettings.admin.AdministratorService;
import org.mfasettings.admin.AdministratorView;
import org.mfasettings.admin.NewAdministrator;
import org.mfasettings.admin.Role;
import org.mfasettings.common.ConflictException;
import org.mfasettings.common.InvalidInputException;
import org.mfasettings.common.NotFoundException;
import org.mfasettings.console.shell.Feedback;
import org.mfasettings.console.shell.FieldTarget;

/** The administrators page: who may sign in, adding one with a role, removing one. */
@Named("administrators")
@ViewScoped
public class AdministratorsView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String USERNAME_INPUT = "adminUsername";
    private static final Map<String, FieldTarget> FIELDS =
            Map.of(
                    "username", new FieldTarget(USERNAME_INPUT, "administrators.username"),
                    "password", new FieldTarget("adminPassword", "administrators.password"),
                    "role", new FieldTarget("adminRole", "administrators.role"));

    /** Offered in this order, the least powerful first, so that it is the default. */
    private static final List<String> ROLES =
            List.of(Role.READER, Role.AUTHENTICATION_ADMIN, Role.GLOBAL_ADMIN);

    @Inject AdministratorService service;

    /** Kept for the life of the view so that a row's button acts on the row that was shown. */
    private transient List<AdministratorView> all;

    private String username;
    private String password;
    private String role = Role.READER;

    public List<AdministratorView> getAll() {
        if (all == null) {
            all = service.list();
        }
        return all;
    }

    public List<String> getRoles() {
        return ROLES;
    }

    public void add() {
        try {
            AdministratorView added = service.add(new NewAdministrator(username, password, role));
            Feedback.info("administrators.added", added.username());
        } catch (InvalidInputException | ConflictException | EJBAccessException e) {
            Feedback.refused(e, FIELDS, USERNAME_INPUT);
            return;
        } finally {
            password = null;
        }
        username = null;
        role = Role.READER;
        all = null;
    }

    public void remove(AdministratorView administrator) {
        try {
            service.remove(administrator.username());
            Feedback.info("administrators.removed", administrator.username());
        } catch (ConflictException | NotFoundException | EJBAccessException e) {
            Feedback.refused(e, FIELDS, null);
        }
        all = null;
    }

    public String removeQuestion(AdministratorView administrator) {
        return Feedback.text("administrators.removeQuestion", administrator.username());
    }

    public String roleLabel(String code) {
        return Feedback.text("role." + code);
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

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
