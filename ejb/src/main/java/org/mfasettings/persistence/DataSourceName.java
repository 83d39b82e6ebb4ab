package org.mfasettings.persistence;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Which data source the application uses. By default the embedded Derby one that the EAR defines;
 * an operator points the application at a server-defined data source (PostgreSQL in production)
 * with the system property {@code mfa.datasource} or the environment variable {@code
 * MFA_DATASOURCE}, without rebuilding the EAR.
 */
public final class DataSourceName {

    /** The embedded Derby data source defined in the EAR's application.xml. */
    public static final String EMBEDDED = "java:app/jdbc/mfa";

    static final String PROPERTY = "mfa.datasource";
    static final String VARIABLE = "MFA_DATASOURCE";

    private DataSourceName() {}

    public static String configured() {
        String name = System.getProperty(PROPERTY);
        if (name == null || name.isBlank()) {
            name = System.getenv(VARIABLE);
        }
        return name == null || name.isBlank() ? EMBEDDED : name.trim();
    }

    /** The configured data source, looked up in JNDI. */
    public static DataSource lookup() {
        String name = configured();
        try {
            return InitialContext.doLookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("No data source is bound at " + name, e);
        }
    }

    public static boolean isEmbedded() {
        return EMBEDDED.equals(configured());
    }
}
