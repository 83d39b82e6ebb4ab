package org.mfasettings.persistence;

import java.nio.file.Path;

/**
 * Where the embedded database lives: the system property {@code mfa.data.dir}, else the environment
 * variable {@code MFA_DATA_DIR}, else {@code .mfa-settings} in the home directory of the user the
 * server runs as, so that data survives restarts and redeployments.
 */
public final class DataDirectory {

    static final String PROPERTY = "mfa.data.dir";
    static final String VARIABLE = "MFA_DATA_DIR";

    private DataDirectory() {}

    public static Path resolve() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(VARIABLE);
        }
        if (configured == null || configured.isBlank()) {
            return Path.of(System.getProperty("user.home"), ".mfa-settings");
        }
        return Path.of(configured.trim()).toAbsolutePath();
    }
}
