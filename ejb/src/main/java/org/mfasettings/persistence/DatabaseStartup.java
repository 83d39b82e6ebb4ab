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
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Prepares the database before anything else in the application runs: applies the versioned schema
 * migrations. On undeploy it shuts embedded Derby down, which otherwise stays booted in the server
 * and keeps the next deployment out of its own database.
 *
 * <p>It also defines the zero-configuration database: embedded Derby inside the application, in the
 * data directory (see {@link DataDirectoryDerbyDataSource}). A data source defined on the server
 * replaces it through {@code MFA_DATASOURCE} (see {@link DataSourceName}). The definition sits on
 * this bean, not in application.xml nor on a plain class: GlassFish and Payara bind it in time for
 * the persistence unit only from a component.
 */
@DataSourceDefinition(
        name = DataSourceName.EMBEDDED,
        className = "org.mfasettings.persistence.DataDirectoryDerbyDataSource",
        databaseName = "mfa",
        properties = {"createDatabase=create"},
        transactional = true,
        isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
        initialPoolSize = 0,
        minPoolSize = 0,
        maxPoolSize = 32,
        maxStatements = 64)
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseStartup {

    private static final Logger LOG = System.getLogger(DatabaseStartup.class.getName());

    private static final String DERBY_DRIVER = "org.apache.derby.jdbc.EmbeddedDriver";

    @PostConstruct
    void start() {
        if (DataSourceName.isEmbedded()) {
            prepareDataDirectory();
        }
        migrate(DataSourceName.lookup());
    }

    @PreDestroy
    void stop() {
        if (DataSourceName.isEmbedded()) {
            shutDownEmbeddedDerby();
        }
    }

    private static void prepareDataDirectory() {
        Path directory = DataDirectory.resolve();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + directory, e);
        }
        LOG.log(Level.INFO, "Embedded Derby database in {0}", directory.resolve("mfa"));
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
