package org.mfasettings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mfasettings.it.Problems.assertInvalidField;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SettingsIT {

    private static final String HEARTBEAT = "heartbeatIntervalSeconds";

    @RegisterExtension final Administrators administrators = new Administrators();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void changeIsAppliedAndAudited() {
        Instant start = Instant.now().minusSeconds(5);
        Credentials globalAdmin = administrators.globalAdmin();
        try (ApiClient admin = ApiClient.as(globalAdmin)) {
            JsonObject before = ApiClient.object(admin.get("settings"));
            int changed = before.getInt(HEARTBEAT) == 60 ? 61 : 60;

            try (Response response = admin.put("settings", with(before, HEARTBEAT, changed))) {
                assertEquals(200, response.getStatus());
                assertEquals(changed, response.readEntity(JsonObject.class).getInt(HEARTBEAT));
            }
            assertEquals(changed, ApiClient.object(admin.get("settings")).getInt(HEARTBEAT));

            JsonArray events =
                    ApiClient.array(
                            admin.request(
                                            admin.admin("audit-events")
                                                    .queryParam("action", "SETTINGS_CHANGED")
                                                    .queryParam("actor", globalAdmin.username())
                                                    .queryParam("from", start.toString()))
                                    .get());
            assertEquals(1, events.size(), () -> "one audited change: " + events);
            JsonObject event = events.getJsonObject(0);
            assertEquals(globalAdmin.username(), event.getString("actor"));
            assertTrue(
                    event.getString("details").contains("heartbeat-interval-seconds"),
                    () -> "the change names the setting: " + event);

            admin.put("settings", before.toString()).close();
        }
    }

    @Test
    void valueOutOfRangeIsRefusedWithItsField() {
        try (ApiClient admin = ApiClient.as(administrators.globalAdmin())) {
            JsonObject before = ApiClient.object(admin.get("settings"));

            assertInvalidField(HEARTBEAT, admin.put("settings", with(before, HEARTBEAT, 0)));

            assertEquals(before, ApiClient.object(admin.get("settings")), "nothing changed");
        }
    }

    @Test
    void defaultBypassLongerThanMaximumIsRefused() {
        try (ApiClient admin = ApiClient.as(administrators.globalAdmin())) {
            JsonObject before = ApiClient.object(admin.get("settings"));
            int maximum = before.getInt("bypassMaximumSeconds");

            assertInvalidField(
                    "bypassDefaultWithinMaximum",
                    admin.put("settings", with(before, "bypassDefaultSeconds", maximum + 1)));

            assertEquals(before, ApiClient.object(admin.get("settings")), "nothing changed");
        }
    }

    private static String with(JsonObject settings, String field, int value) {
        return Json.createObjectBuilder(settings).add(field, value).build().toString();
    }
}
