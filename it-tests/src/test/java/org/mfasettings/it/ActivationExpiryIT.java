package org.mfasettings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Activation credentials stop working when their validity runs out, and are refused with the same
 * answer as wrong ones. The validity is set to its minimum, 60 seconds, so this test waits about a
 * minute.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActivationExpiryIT {

    private static final int MINIMUM_VALIDITY_SECONDS = 60;
    private static final String ACTIVATION = "/mfa-api/v1/activation";

    @RegisterExtension final Administrators administrators = new Administrators();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void expiredCredentialsAreRefusedLikeWrongOnes() throws InterruptedException {
        try (ApiClient admin = ApiClient.as(administrators.globalAdmin())) {
            JsonObject before = ApiClient.object(admin.get("settings"));
            JsonObject credentials;
            try {
                setValidity(admin, before, MINIMUM_VALIDITY_SECONDS);
                credentials = MfaServerClient.issueCredentials(admin, null);
            } finally {
                admin.put("settings", before.toString()).close();
            }
            Instant expiresAt = Instant.parse(credentials.getString("expiresAt"));
            assertTrue(
                    Duration.between(Instant.now(), expiresAt).toSeconds()
                            <= MINIMUM_VALIDITY_SECONDS,
                    "valid for the configured time: " + expiresAt);

            Thread.sleep(
                    Math.max(0, Duration.between(Instant.now(), expiresAt).toMillis()) + 1_500);

            // From loopback aliases: failures from the suite's own address would count toward
            // its activation throttle.
            Map<String, Object> expiredBody = MfaServerClient.activationBody(credentials, "late");
            LoopbackAlias.Answer expired =
                    LoopbackAlias.random()
                            .post(
                                    ACTIVATION,
                                    Json.createObjectBuilder(expiredBody).build().toString());
            JsonObject wrongCredentials =
                    Json.createObjectBuilder(expiredBody)
                            .add("password", "not-the-password")
                            .build();
            LoopbackAlias.Answer wrong =
                    LoopbackAlias.random().post(ACTIVATION, wrongCredentials.toString());

            assertEquals(401, expired.status(), expired.body());
            assertEquals(401, wrong.status(), wrong.body());
            assertEquals(detail(wrong), detail(expired), "one answer for expired and wrong");
        }
    }

    private static void setValidity(ApiClient admin, JsonObject settings, int seconds) {
        JsonObject changed =
                Json.createObjectBuilder(settings)
                        .add("activationCredentialValiditySeconds", seconds)
                        .build();
        try (Response response = admin.put("settings", changed.toString())) {
            assertEquals(200, response.getStatus());
        }
    }

    private static String detail(LoopbackAlias.Answer answer) {
        String body = answer.body();
        int start = body.indexOf('{');
        int end = body.lastIndexOf('}');
        return Json.createReader(new StringReader(body.substring(start, end + 1)))
                .readObject()
                .getString("detail");
    }
}
