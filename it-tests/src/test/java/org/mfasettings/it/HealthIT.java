package org.mfasettings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.Response;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void livenessAnswersWithoutCredentials() {
        assertOk("/mfa-api/health/live");
    }

    @Test
    void readinessAnswersOnceTheDatabaseIsUp() {
        assertOk("/mfa-api/health/ready");
    }

    private static void assertOk(String path) {
        try (ApiClient anonymous = ApiClient.anonymous();
                Response response = anonymous.request(anonymous.target(path), "*/*").get()) {
            assertEquals(200, response.getStatus(), path);
        }
    }
}
