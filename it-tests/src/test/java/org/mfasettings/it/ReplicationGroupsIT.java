package org.mfasettings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mfasettings.it.Problems.assertInvalidField;
import static org.mfasettings.it.Problems.assertProblem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReplicationGroupsIT {

    @RegisterExtension final Administrators administrators = new Administrators();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void groupRoundTrip() {
        String name = uniqueName();
        try (ApiClient admin = ApiClient.as(administrators.globalAdmin())) {
            try (Response created =
                    admin.post("replication-groups", Map.of("name", name, "description", "d1"))) {
                assertEquals(201, created.getStatus());
                assertTrue(created.getLocation().getPath().endsWith("/" + name));
                JsonObject body = created.readEntity(JsonObject.class);
                assertEquals(name, body.getString("name"));
                assertEquals("d1", body.getString("description"));
                assertFalse(body.getBoolean("builtIn"));
            }

            assertTrue(names(ApiClient.array(admin.get("replication-groups"))).contains(name));
            assertEquals(
                    "d1",
                    ApiClient.object(admin.get("replication-groups/" + name))
                            .getString("description"));

            String renamed = name + "-renamed";
            try (Response updated =
                    admin.put(
                            "replication-groups/" + name,
                            Map.of("name", renamed, "description", "d2"))) {
                assertEquals(200, updated.getStatus());
                assertEquals(renamed, updated.readEntity(JsonObject.class).getString("name"));
            }
            assertProblem(404, admin.get("replication-groups/" + name));
            assertEquals(
                    "d2",
                    ApiClient.object(admin.get("replication-groups/" + renamed))
                            .getString("description"));

            try (Response deleted = admin.delete("replication-groups/" + renamed)) {
                assertEquals(204, deleted.getStatus());
            }
            assertProblem(404, admin.get("replication-groups/" + renamed));
            assertFalse(names(ApiClient.array(admin.get("replication-groups"))).contains(renamed));
        }
    }

    @Test
    void listAnswersCsvWhenAsked() {
        try (ApiClient reader = ApiClient.as(administrators.reader());
                Response csv =
                        reader.request(reader.admin("replication-groups"), "text/csv").get()) {
            assertEquals(200, csv.getStatus());
            assertTrue(csv.getMediaType().toString().startsWith("text/csv"));
            assertTrue(csv.readEntity(String.class).contains("Default"));
        }
    }

    @Test
    void duplicateNameIsRefusedWhateverItsCase() {
        String name = uniqueName();
        try (ApiClient admin = ApiClient.as(administrators.globalAdmin())) {
            admin.post("replication-groups", Map.of("name", name)).close();

            assertProblem(
                    409, admin.post("replication-groups", Map.of("name", name.toUpperCase())));

            assertEquals(
                    1,
                    names(ApiClient.array(admin.get("replication-groups"))).stream()
                            .filter(name::equalsIgnoreCase)
                            .count());
            admin.delete("replication-groups/" + name).close();
        }
    }

    @Test
    void defaultGroupCannotBeDeleted() {
        try (ApiClient admin = ApiClient.as(administrators.globalAdmin())) {
            assertProblem(409, admin.delete("replication-groups/Default"));

            JsonObject group = ApiClient.object(admin.get("replication-groups/Default"));
            assertTrue(group.getBoolean("builtIn"));
        }
    }

    @Test
    void blankNameIsRefusedAndNothingWritten() {
        assertRefusedWithoutWriting("{\"name\":\"   \",\"description\":\"%s\"}", "name");
    }

    @Test
    void nameOf65CharactersIsRefusedAndNothingWritten() {
        assertRefusedWithoutWriting(
                "{\"name\":\"" + "g".repeat(65) + "\",\"description\":\"%s\"}", "name");
    }

    @Test
    void malformedJsonIsRefusedAndNothingWritten() {
        assertRefusedWithoutWriting("{\"name\": \"broken\", \"description\":\"%s\"", null);
    }

    /** Sends the body (with a unique marker as its description) and checks nothing changed. */
    private void assertRefusedWithoutWriting(String bodyTemplate, String field) {
        String marker = uniqueName();
        try (ApiClient admin = ApiClient.as(administrators.globalAdmin())) {
            JsonArray before = ApiClient.array(admin.get("replication-groups"));

            Response response =
                    admin.post("replication-groups", String.format(bodyTemplate, marker));
            if (field == null) {
                assertProblem(400, response);
            } else {
                assertInvalidField(field, response);
            }

            JsonArray after = ApiClient.array(admin.get("replication-groups"));
            assertEquals(before, after, "the groups are unchanged");
            assertFalse(after.toString().contains(marker));
        }
    }

    private static java.util.List<String> names(JsonArray groups) {
        return groups.stream().map(g -> g.asJsonObject().getString("name")).toList();
    }

    private static String uniqueName() {
        return "it-group-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
