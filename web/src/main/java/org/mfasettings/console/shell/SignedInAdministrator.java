package org.mfasettings.console.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.mfasettings.admin.Role;

/**
 * Who is signed in and what their role lets the pages offer. Controls a role may not use are not
 * rendered at all; the session beans refuse them anyway.
 */
@Named("signedIn")
@RequestScoped
public class SignedInAdministrator {

    @Inject SecurityContext security;

    public String getUsername() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? "" : caller.getName();
    }

    public boolean isGlobalAdmin() {
        return security.isCallerInRole(Role.GLOBAL_ADMIN);
    }

    public boolean isAuthenticationAdmin() {
        return security.isCallerInRole(Role.AUTHENTICATION_ADMIN);
    }

    /** The highest role held, as the bundle names it. */
    public String getRoleLabel() {
        if (isGlobalAdmin()) {
            return Feedback.text("role." + Role.GLOBAL_ADMIN);
        }
        if (isAuthenticationAdmin()) {
            return Feedback.text("role." + Role.AUTHENTICATION_ADMIN);
        }
        return Feedback.text("role." + Role.READER);
    }
}
