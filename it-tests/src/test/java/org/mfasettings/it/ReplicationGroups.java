package org.mfasettings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Creates replication groups of unique names for the test that asks, so that servers, bypasses and
 * caching rules of one test never meet another test's. After the test it deletes those it can: a
 * group that an MFA server joined stays, since servers are deactivated but never deleted. Register
 * it as a {@code @RegisterExtension} field.
 */
public final class ReplicationGroups implements AfterEachCallback {

    private final List<String> created = new ArrayList<>();

    /** A new, empty replication group; returns its name. */
    public String create() {
        String name = "it-group-" + UUID.randomUUID().toString().substring(0, 8);
        try (ApiClient admin = ApiClient.as(Credentials.bootstrapAdministrator());
                Response response = admin.post("replication-groups", Map.of("name", name))) {
            assertEquals(
                    201,
                    response.getStatus(),
                    () -> "creating group " + name + ": " + response.readEntity(String.class));
        }
        created.add(name);
        return name;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try (ApiClient admin = ApiClient.as(Credentials.bootstrapAdministrator())) {
            for (String name : created) {
                admin.delete("replication-groups/" + name).close();
            }
        }
        created.clear();
    }
}
