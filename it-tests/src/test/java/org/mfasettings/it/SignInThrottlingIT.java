package org.mfasettings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.mfasettings.it.Problems.assertProblem;

import jakarta.ws.rs.core.Response;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Guessing one account's password is throttled. The server also throttles per source address (every
 * test comes from the same one), so this test spends as few failures as it can.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInThrottlingIT {

    /** Comfortably above the service's per-account limit, well below its per-address one. */
    private static final int MAX_ATTEMPTS = 8;

    @RegisterExtension final Administrators administrators = new Administrators();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void repeatedWrongPasswordsAreThrottled() {
        Credentials target = administrators.reader();
        Credentials guess = new Credentials(target.username(), "wrong-" + target.password());

        int attempts = 0;
        int status;
        try (ApiClient guesser = ApiClient.as(guess)) {
            do {
                attempts++;
                try (Response response = guesser.get("settings")) {
                    status = response.getStatus();
                    if (status == 429) {
                        assertNotNull(response.getHeaderString("Retry-After"));
                    } else {
                        assertEquals(401, status, "a wrong password before the limit");
                    }
                }
            } while (status != 429 && attempts < MAX_ATTEMPTS);
        }
        assertEquals(429, status, "throttled within " + MAX_ATTEMPTS + " attempts");

        try (ApiClient owner = ApiClient.as(target)) {
            assertProblem(429, owner.get("settings"));
        }
    }
}
