package org.mfasettings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Creates caching rules for the test that asks and deletes them after it. Rules apply to every
 * server of their group (of every group if they have none), so each rule a test creates is bound to
 * a replication group of that test's own. Register it as a {@code @RegisterExtension} field.
 */
public final class CachingRules implements AfterEachCallback {

    private final List<String> created = new ArrayList<>();

    /** A rule body of that type, window and group, with no other filter. */
    public static Map<String, Object> rule(String cacheType, int seconds, String group) {
        Map<String, Object> body = new HashMap<>();
        body.put("cacheType", cacheType);
        body.put("seconds", seconds);
        body.put("replicationGroup", group);
        return body;
    }

    /** Creates the rule as that administrator and returns it as the answer shows it. */
    public JsonObject create(ApiClient admin, Map<String, Object> body) {
        try (Response response = admin.post("caching-rules", body)) {
            assertEquals(
                    201,
                    response.getStatus(),
                    () -> "creating rule " + body + ": " + response.readEntity(String.class));
            JsonObject rule = response.readEntity(JsonObject.class);
            created.add(rule.getString("id"));
            return rule;
        }
    }

    /** Forgets a rule that the test itself deleted. */
    public void forget(String id) {
        created.remove(id);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try (ApiClient admin = ApiClient.as(Credentials.bootstrapAdministrator())) {
            for (String id : created) {
                admin.delete("caching-rules/" + id).close();
            }
        }
        created.clear();
    }
}
