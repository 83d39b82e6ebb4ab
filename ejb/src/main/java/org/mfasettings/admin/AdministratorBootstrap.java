package org.mfasettings.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import org.mfasettings.common.ConflictException;
import org.mfasettings.common.InvalidInputException;

/**
 * At start-up, while no administrator exists, creates the first one from {@code
 * MFA_BOOTSTRAP_ADMIN_USERNAME} and {@code MFA_BOOTSTRAP_ADMIN_PASSWORD} (or the system properties
 * {@code mfa.bootstrap.admin.username} and {@code .password}), or else writes a one-time setup
 * token to the log for the setup page.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AdministratorBootstrap {

    private static final Logger LOG = System.getLogger(AdministratorBootstrap.class.getName());

    @EJB SetupService setup;

    @PostConstruct
    void bootstrap() {
        if (setup.isSetUp()) {
            return;
        }
        String username =
                configured("MFA_BOOTSTRAP_ADMIN_USERNAME", "mfa.bootstrap.admin.username");
        String password =
                configured("MFA_BOOTSTRAP_ADMIN_PASSWORD", "mfa.bootstrap.admin.password");
        if (username != null && password != null) {
            try {
                setup.createFirst(
                        new NewAdministrator(username, password, Role.GLOBAL_ADMIN),
                        "bootstrap variables",
                        null);
                return;
            } catch (ConflictException e) {
                LOG.log(Level.INFO, "Another node created the first administrator");
                return;
            } catch (InvalidInputException e) {
                LOG.log(
                        Level.WARNING,
                        "The bootstrap administrator was refused ({0}); use the setup page",
                        e.errors());
            }
        }
        String token = setup.issueSetupToken();
        LOG.log(
                Level.WARNING,
                "No administrator exists yet. Open /mfa/setup.xhtml and enter this one-time setup"
                        + " token: {0}",
                token);
    }

    private static String configured(String variable, String property) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            value = System.getProperty(property);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
