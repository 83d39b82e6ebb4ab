package org.mfasettings.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;

/**
 * Swaps the persistence unit's data source for the one an operator configured (see {@link
 * DataSourceName}), so that one persistence.xml serves embedded Derby and a server-defined
 * PostgreSQL alike. The database platform is then detected from the connection.
 */
public class DataSourceCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (DataSourceName.isEmbedded()) {
            return;
        }
        DatabaseLogin login = (DatabaseLogin) session.getDatasourceLogin();
        JNDIConnector connector = new JNDIConnector(DataSourceName.configured());
        connector.setLookupType(JNDIConnector.STRING_LOOKUP);
        login.setConnector(connector);
    }
}
