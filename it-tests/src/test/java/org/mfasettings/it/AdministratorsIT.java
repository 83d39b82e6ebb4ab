package org.mfasettings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mfasettings.it.Problems.assertInvalidField;
import static org.mfasettings.it.Problems.assertProblem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministratorsIT {

    @RegisterExtension final Administrators administrators = new Administrators();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void addListSignInAndRemove() {
        String username = Administrators.uniqueUsername("added");
        String password = "a-long-password-" + System.nanoTime();
        try (ApiClient admin = ApiClient.as(administrators.globalAdmin())) {
            try (Response added =
                    admin.post(
                            "administrators",
                            Map.of(
                                    "username",
                                    username,
                                    "password",
                                    password,
                                    "role",
                                    "authentication-admin"))) {
                assertEquals(201, added.getStatus());
                JsonObject body = added.readEntity(JsonObject.class);
                assertEquals(username, body.getString("username"));
                assertEquals("authentication-admin", body.getString("role"));
                assertFalse(body.toString().contains(password), "the password never comes back");
            }

            assertEquals("authentication-admin", roleOf(username, admin.get("administrators")));
            try (ApiClient added = ApiClient.as(new Credentials(username, password));
                    Response response = added.get("settings")) {
                assertEquals(200, response.getStatus(), "the new administrator can sign in");
            }

            try (Response removed = admin.delete("administrators/" + username)) {
                assertEquals(204, removed.getStatus());
            }
            assertEquals(null, roleOf(username, admin.get("administrators")));
            assertProblem(404, admin.delete("administrators/" + username));
        }
    }

    @Test
    void duplicateUsernameIsRefused() {
        Credentials existing = administrators.reader();
        try (ApiClient admin = ApiClient.as(Credentials.bootstrapAdministrator())) {
            assertProblem(
                    409,
                    admin.post(
                            "administrators",
                            Map.of(
                                    "username", existing.username().toUpperCase(),
                                    "password", "another-password-1",
                                    "role", "reader")));
        }
    }

    @Test
    void shortPasswordAndUnknownRoleAreRefused() {
        try (ApiClient admin = ApiClient.as(Credentials.bootstrapAdministrator())) {
            String username = Administrators.uniqueUsername("invalid");
            assertInvalidField(
                    "password",
                    admin.post(
                            "administrators",
                            Map.of("username", username, "password", "short", "role", "reader")));
            assertInvalidField(
                    "role",
                    admin.post(
                            "administrators",
                            Map.of(
                                    "username", username,
                                    "password", "long-enough-password",
                                    "role", "superuser")));
            assertEquals(null, roleOf(username, admin.get("administrators")));
        }
    }

    /**
     * The last global administrator stays. Global administrators left by other tests are removed
     * first, so that the bootstrap administrator is the last one whatever ran before.
     */
    @Test
    void lastGlobalAdministratorCannotBeRemoved() {
        Credentials bootstrap = Credentials.bootstrapAdministrator();
        try (ApiClient admin = ApiClient.as(bootstrap)) {
            for (String other : globalAdminsOtherThan(bootstrap.username(), admin)) {
                admin.delete("administrators/" + other).close();
            }
            assertEquals(List.of(), globalAdminsOtherThan(bootstrap.username(), admin));

            assertProblem(409, admin.delete("administrators/" + bootstrap.username()));

            assertEquals("global-admin", roleOf(bootstrap.username(), admin.get("administrators")));
        }
    }

    private static List<String> globalAdminsOtherThan(String username, ApiClient admin) {
        return ApiClient.array(admin.get("administrators")).stream()
                .map(JsonObject.class::cast)
                .filter(a -> "global-admin".equals(a.getString("role")))
                .map(a -> a.getString("username"))
                .filter(name -> !name.equals(username))
                .toList();
    }

    private static String roleOf(String username, Response list) {
        JsonArray all = ApiClient.array(list);
        return all.stream()
                .map(JsonObject.class::cast)
                .filter(a -> username.equals(a.getString("username")))
                .map(a -> a.getString("role"))
                .findFirst()
                .orElse(null);
    }

    @Test
    void listAnswersCsvWhenAsked() {
        Credentials reader = administrators.reader();
        try (ApiClient client = ApiClient.as(reader);
                Response csv = client.request(client.admin("administrators"), "text/csv").get()) {
            assertEquals(200, csv.getStatus());
            String body = csv.readEntity(String.class);
            assertTrue(body.contains(reader.username()), body);
            assertFalse(body.contains(reader.password()), "never a password");
        }
    }
}
