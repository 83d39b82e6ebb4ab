package org.mfasettings.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The embedded database lives in the configured data directory ({@code -Dmfa.data.dir}), even
 * though both servers boot Derby before the application runs, and nothing sets {@code
 * derby.system.home}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmbeddedDatabaseIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void databaseIsCreatedInTheDataDirectory() {
        Path dataDirectory = Path.of(System.getProperty("it.server.data.dir"));

        assertTrue(
                Files.isRegularFile(dataDirectory.resolve("mfa").resolve("service.properties")),
                "no Derby database in " + dataDirectory);
    }
}
