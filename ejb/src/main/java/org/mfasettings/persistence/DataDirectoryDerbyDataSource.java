package org.mfasettings.persistence;

import java.nio.file.Path;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * Embedded Derby with its database in the service's data directory (see {@link DataDirectory}).
 *
 * <p>Derby resolves a relative database name against {@code derby.system.home}, which it reads
 * once, when its engine boots; WildFly and Payara boot it while they create the EAR's data source,
 * before any application code runs. Resolving the name here, when the server configures the data
 * source, makes the location independent of when Derby booted.
 */
public class DataDirectoryDerbyDataSource extends EmbeddedDataSource {

    private static final long serialVersionUID = 1L;

    @Override
    public void setDatabaseName(String databaseName) {
        if (databaseName == null || Path.of(databaseName).isAbsolute()) {
            super.setDatabaseName(databaseName);
            return;
        }
        super.setDatabaseName(DataDirectory.resolve().resolve(databaseName).toString());
    }
}
