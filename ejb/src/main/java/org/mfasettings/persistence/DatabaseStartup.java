package org.mfasettings.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Prepares the database before anything else in the application runs: places the embedded Derby
 * database in its data directory and applies the versioned schema migrations. On undeploy it shuts
 * embedded Derby down, which otherwise stays booted in the server and keeps the next deployment out
 * of its own database.
 *
 * <p>It also defines the zero-configuration database: embedded Derby inside the application, named
 * relative to {@code derby.system.home}, which is pointed at the data directory before the first
 * connection. A data source defined on the server replaces it through {@code MFA_DATASOURCE} (see
 * {@link DataSourceName}). The definition sits on this bean, not in application.xml nor on a plain
 * class: GlassFish and Payara bind it in time for the persistence unit only from a component.
 */
@DataSourceDefinition(
        name = DataSourceName.EMBEDDED,
        className = "org.apache.derby.jdbc.EmbeddedDataSource",
        databaseName = "mfa",
        properties = {"createDatabase=create"},
        transactional = true,
        isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
        initialPoolSize = 0,
        minPoolSize = 0,
        maxPoolSize = 32)
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseStartup {

    private static final Logger LOG = System.getLogger(DatabaseStartup.class.getName());

    private static final String DERBY_HOME = "derby.system.home";
    private static final String DERBY_DRIVER = "org.apache.derby.jdbc.EmbeddedDriver";

    @PostConstruct
    void start() {
        if (DataSourceName.isEmbedded()) {
            placeEmbeddedDatabase();
        }
        migrate(lookupDataSource());
    }

    @PreDestroy
    void stop() {
        if (DataSourceName.isEmbedded()) {
            shutDownEmbeddedDerby();
        }
    }

    // LIMITATION: Derby reads derby.system.home once, when its engine boots, and WildFly and
    // Payara boot it (Payara even opens a connection) while creating the EAR's data source,
    // before this singleton runs. Unless derby.system.home is already set on the server JVM,
    // the first deployment after a server start puts the database in the server's working
    // directory, not in the data directory. Restarting the engine here breaks Payara's pooled
    // connections, so operators (and the integration tests) set -Dderby.system.home as well.
    private void placeEmbeddedDatabase() {
        if (System.getProperty(DERBY_HOME) == null) {
            Path directory = DataDirectory.resolve();
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the data directory " + directory, e);
            }
            System.setProperty(DERBY_HOME, directory.toString());
        }
        LOG.log(Level.INFO, "Embedded Derby database in {0}", System.getProperty(DERBY_HOME));
    }

    private static DataSource lookupDataSource() {
        String name = DataSourceName.configured();
        try {
            return InitialContext.doLookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("No data source is bound at " + name, e);
        }
    }

    private void migrate(DataSource dataSource) {
        MigrateResult result =
                Flyway.configure(getClass().getClassLoader())
                        .dataSource(dataSource)
                        .locations("classpath:db/migration")
                        .failOnMissingLocations(true)
                        .load()
                        .migrate();
        LOG.log(
                Level.INFO,
                "Database schema at version {0} ({1} migrations applied now)",
                result.targetSchemaVersion == null
                        ? result.initialSchemaVersion
                        : result.targetSchemaVersion,
                result.migrationsExecuted);
    }

    private void shutDownEmbeddedDerby() {
        try {
            Class.forName(DERBY_DRIVER, true, getClass().getClassLoader());
            DriverManager.getConnection("jdbc:derby:;shutdown=true").close();
        } catch (ClassNotFoundException e) {
            LOG.log(Level.WARNING, "Derby is not on the class path; nothing to shut down");
        } catch (SQLException e) {
            // Derby reports a clean engine shutdown as SQLState XJ015.
            if ("XJ015".equals(e.getSQLState())) {
                LOG.log(Level.INFO, "Embedded Derby shut down");
            } else {
                LOG.log(Level.WARNING, "Embedded Derby did not shut down cleanly", e);
            }
        }
    }
}
