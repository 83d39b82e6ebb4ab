package org.mfasettings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.mfasettings.it.Problems.assertProblem;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who may call the admin API. The servlet constraint admits any administrator; finer roles are the
 * session beans' business, so a reader's changes must be refused there, with 403.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminApiAccessIT {

    @RegisterExtension final Administrators administrators = new Administrators();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** Every admin call, with a body that would be valid for a global administrator. */
    private static final List<Call> CALLS =
            List.of(
                    new Call("GET", "replication-groups", null),
                    new Call("GET", "replication-groups/Default", null),
                    new Call("POST", "replication-groups", "{\"name\":\"refused-group\"}"),
                    new Call("PUT", "replication-groups/Default", "{\"name\":\"Default\"}"),
                    new Call("DELETE", "replication-groups/refused-group", null),
                    new Call("GET", "settings", null),
                    new Call("PUT", "settings", "{}"),
                    new Call("GET", "audit-events", null),
                    new Call("GET", "administrators", null),
                    new Call(
                            "POST",
                            "administrators",
                            "{\"username\":\"refused-admin\",\"password\":\"long-enough-pw-1\","
                                    + "\"role\":\"reader\"}"),
                    new Call("DELETE", "administrators/nobody", null),
                    new Call(
                            "PUT",
                            "administrators/me/password",
                            "{\"currentPassword\":\"x\",\"newPassword\":\"y\"}"));

    @Test
    void everyAdminCallRequiresCredentials() {
        try (ApiClient anonymous = ApiClient.anonymous()) {
            for (Call call : CALLS) {
                Response response = call.send(anonymous);
                assertEquals(401, response.getStatus(), call.toString());
                assertNotNull(
                        response.getHeaderString("WWW-Authenticate"), call + " names its scheme");
                response.close();
            }
        }
    }

    @Test
    void wrongPasswordIsRefusedWithProblem() {
        Credentials reader = administrators.reader();
        try (ApiClient impostor =
                ApiClient.as(new Credentials(reader.username(), reader.password() + "x"))) {
            assertProblem(401, impostor.get("replication-groups"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"replication-groups", "settings", "audit-events", "administrators"})
    void readerMayRead(String resource) {
        try (ApiClient reader = ApiClient.as(administrators.reader());
                Response response = reader.get(resource)) {
            assertEquals(200, response.getStatus(), resource);
        }
    }

    @Test
    void readerMayNotChangeAnything() {
        String group = "reader-target-" + System.nanoTime();
        try (ApiClient admin = ApiClient.as(Credentials.bootstrapAdministrator());
                ApiClient reader = ApiClient.as(administrators.reader())) {
            admin.post("replication-groups", Map.of("name", group)).close();

            assertProblem(403, reader.post("replication-groups", Map.of("name", group + "-2")));
            assertProblem(403, reader.put("replication-groups/" + group, Map.of("name", group)));
            assertProblem(403, reader.delete("replication-groups/" + group));
            try (Response settings = reader.get("settings")) {
                assertProblem(403, reader.put("settings", settings.readEntity(String.class)));
            }
            assertProblem(
                    403,
                    reader.post(
                            "administrators",
                            Map.of(
                                    "username", Administrators.uniqueUsername("refused"),
                                    "password", "long-enough-pw-1",
                                    "role", "reader")));
            assertProblem(
                    403,
                    reader.delete(
                            "administrators/" + Credentials.bootstrapAdministrator().username()));

            try (Response stillThere = admin.get("replication-groups/" + group)) {
                assertEquals(200, stillThere.getStatus(), "the reader's DELETE changed nothing");
            }
            admin.delete("replication-groups/" + group).close();
        }
    }

    @Test
    void authenticationAdminMayNotManageGroups() {
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin())) {
            assertProblem(
                    403,
                    authAdmin.post(
                            "replication-groups",
                            Map.of("name", "auth-admin-" + System.nanoTime())));
        }
    }

    private record Call(String method, String resource, String body) {
        Response send(ApiClient client) {
            WebTarget target = client.admin(resource);
            return body == null
                    ? client.request(target).method(method)
                    : client.request(target).method(method, Entity.json(body));
        }
    }
}
