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
 * Creates administrators of each role through the admin API, as the bootstrap administrator, for
 * the test that asks, and removes them after that test. Names are unique, so no test sees another
 * test's accounts. Register it as a {@code @RegisterExtension} field.
 */
public final class Administrators implements AfterEachCallback {

    public static final String READER = "reader";
    public static final String AUTHENTICATION_ADMIN = "authentication-admin";
    public static final String GLOBAL_ADMIN = "global-admin";

    private final List<String> created = new ArrayList<>();

    /** A new administrator with that role and a fresh password. */
    public Credentials create(String role) {
        Credentials credentials = new Credentials(uniqueUsername(role), "pw-" + UUID.randomUUID());
        try (ApiClient admin = ApiClient.as(Credentials.bootstrapAdministrator());
                Response response =
                        admin.post(
                                "administrators",
                                Map.of(
                                        "username", credentials.username(),
                                        "password", credentials.password(),
                                        "role", role))) {
            assertEquals(
                    201,
                    response.getStatus(),
                    () -> "creating a " + role + ": " + response.readEntity(String.class));
        }
        created.add(credentials.username());
        return credentials;
    }

    public Credentials reader() {
        return create(READER);
    }

    public Credentials authenticationAdmin() {
        return create(AUTHENTICATION_ADMIN);
    }

    public Credentials globalAdmin() {
        return create(GLOBAL_ADMIN);
    }

    /** A name no other test uses; administrators' usernames are compared in lower case. */
    public static String uniqueUsername(String prefix) {
        return "it-" + prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Forgets an account that the test itself removed. */
    public void forget(String username) {
        created.remove(username);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try (ApiClient admin = ApiClient.as(Credentials.bootstrapAdministrator())) {
            for (String username : created) {
                admin.delete("administrators/" + username).close();
            }
        }
        created.clear();
    }
}
