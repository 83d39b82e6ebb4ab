package org.mfasettings.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Login;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Swaps the persistence unit's data source for the one an operator configured (see {@link
 * DataSourceName}), so that one persistence.xml serves embedded Derby and a server-defined
 * PostgreSQL alike. The database platform is then detected from the connection.
 *
 * <p>Both logins are swapped: Payara also hands EclipseLink a non-transactional variant of the
 * embedded data source, which EclipseLink gives its read connection pool a login of its own for;
 * left alone, reads outside a transaction would still go to Derby.
 */
public class DataSourceCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (DataSourceName.isEmbedded()) {
            return;
        }
        DatabaseLogin login = (DatabaseLogin) session.getDatasourceLogin();
        login.setConnector(configuredConnector());

        if (session instanceof ServerSession server) {
            Login readLogin = server.getReadConnectionPool().getLogin();
            if (readLogin instanceof DatabaseLogin read && read != login) {
                read.setConnector(configuredConnector());
            }
        }
    }

    private static JNDIConnector configuredConnector() {
        JNDIConnector connector = new JNDIConnector(DataSourceName.configured());
        connector.setLookupType(JNDIConnector.STRING_LOOKUP);
        return connector;
    }
}
