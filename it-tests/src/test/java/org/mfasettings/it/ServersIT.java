package org.mfasettings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mfasettings.it.Problems.assertInvalidField;
import static org.mfasettings.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * MFA servers: activation with single-use credentials, bearer tokens, heartbeats and the status the
 * administrators see. Failed activations are throttled per source address (10 in 15 minutes), so
 * the tests spend few of them, and the race of 16 activations runs from an address of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServersIT {

    @RegisterExtension final Administrators administrators = new Administrators();

    @RegisterExtension final ReplicationGroups groups = new ReplicationGroups();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void activationRoundTrip() {
        try (ApiClient admin = ApiClient.as(administrators.globalAdmin());
                ApiClient anonymous = ApiClient.anonymous()) {
            JsonObject credentials = MfaServerClient.issueCredentials(admin, null);
            assertTrue(
                    credentials.getString("accountName").matches("activation-[0-9a-f]+@.+"),
                    () -> "an activation account name: " + credentials);
            assertEquals("Default", credentials.getString("replicationGroup"));
            int heartbeatSeconds =
                    ApiClient.object(admin.get("settings")).getInt("heartbeatIntervalSeconds");

            String name = MfaServerClient.uniqueServerName();
            JsonObject activation;
            try (Response response =
                    MfaServerClient.postActivation(
                            anonymous, MfaServerClient.activationBody(credentials, name))) {
                assertEquals(201, response.getStatus());
                activation = response.readEntity(JsonObject.class);
            }
            String serverId = activation.getString("serverId");
            assertFalse(activation.getString("token").isBlank(), "a token is issued");
            assertEquals("Default", activation.getString("replicationGroup"));
            assertEquals(heartbeatSeconds, activation.getInt("heartbeatSeconds"));

            JsonObject listed = serverIn(ApiClient.array(admin.get("servers")), serverId);
            assertEquals(name, listed.getString("name"));
            assertEquals("mfa-01.example.com", listed.getString("hostname"));
            assertEquals(MfaServerClient.VERSION, listed.getString("version"));
            assertEquals("Default", listed.getString("replicationGroup"));
            assertEquals("ONLINE", listed.getString("status"));
            assertEquals(ownAddress(), listed.getString("ipAddress"));
            assertFalse(
                    ApiClient.array(admin.get("servers")).toString().contains("token"),
                    "no token is ever listed");
        }
    }

    @Test
    void activatedServerCallsWithItsToken() {
        try (ApiClient admin = ApiClient.as(administrators.globalAdmin());
                MfaServerClient server = MfaServerClient.activate(admin, null)) {
            Instant before = Instant.now().minusSeconds(1);

            JsonObject answer = server.heartbeat("OK", null);

            assertEquals(
                    ApiClient.object(admin.get("settings")).getInt("heartbeatIntervalSeconds"),
                    answer.getInt("heartbeatSeconds"));
            assertFalse(
                    Instant.parse(answer.getString("serverTime")).isBefore(before),
                    "the service's time now");
        }
    }

    @Test
    void credentialsForAGroupPutTheServerThere() {
        String group = groups.create();
        try (ApiClient admin = ApiClient.as(administrators.globalAdmin())) {
            assertEquals(
                    group,
                    MfaServerClient.issueCredentials(admin, group).getString("replicationGroup"));

            try (MfaServerClient server = MfaServerClient.activate(admin, group)) {
                assertEquals(group, server.replicationGroup());
                assertEquals(group, detail(admin, server).getString("replicationGroup"));
                JsonArray inGroup =
                        ApiClient.array(
                                admin.request(admin.admin("servers").queryParam("group", group))
                                        .get());
                assertEquals(1, inGroup.size(), () -> "only this server: " + inGroup);
                assertEquals(server.serverId(), inGroup.getJsonObject(0).getString("id"));
            }
        }
    }

    @Test
    void credentialsForAnUnknownGroupAreRefused() {
        try (ApiClient admin = ApiClient.as(administrators.globalAdmin())) {
            assertInvalidField(
                    "replicationGroup",
                    admin.post(
                            "activation-credentials",
                            Map.of("replicationGroup", "no-such-group-" + UUID.randomUUID())));
        }
    }

    @Test
    void usedAndWrongCredentialsAreRefusedAlike() {
        try (ApiClient admin = ApiClient.as(administrators.globalAdmin());
                ApiClient anonymous = ApiClient.anonymous()) {
            JsonObject used = MfaServerClient.issueCredentials(admin, null);
            try (Response first =
                    MfaServerClient.postActivation(
                            anonymous, MfaServerClient.activationBody(used, "first"))) {
                assertEquals(201, first.getStatus());
            }

            Response reused =
                    MfaServerClient.postActivation(
                            anonymous, MfaServerClient.activationBody(used, "second"));
            assertTrue(reused.getHeaderString("WWW-Authenticate").startsWith("Bearer"));
            JsonObject usedProblem = assertProblem(401, reused);

            JsonObject fresh = MfaServerClient.issueCredentials(admin, null);
            Map<String, Object> wrongPassword =
                    with(MfaServerClient.activationBody(fresh, "third"), "password", "wrong");
            JsonObject wrongProblem =
                    assertProblem(401, MfaServerClient.postActivation(anonymous, wrongPassword));

            assertEquals(usedProblem, wrongProblem, "one answer for used and wrong credentials");
            try (Response stillValid =
                    MfaServerClient.postActivation(
                            anonymous, MfaServerClient.activationBody(fresh, "fourth"))) {
                assertEquals(201, stillValid.getStatus(), "a wrong password used nothing up");
            }
        }
    }

    @Test
    void concurrentActivationsWithOneCredentialActivateOneServer() {
        int threads = 16;
        String name = MfaServerClient.uniqueServerName();
        LoopbackAlias alias = LoopbackAlias.random();
        try (ApiClient admin = ApiClient.as(administrators.globalAdmin())) {
            String body =
                    Json.createObjectBuilder(
                                    MfaServerClient.activationBody(
                                            MfaServerClient.issueCredentials(admin, null), name))
                            .build()
                            .toString();

            List<Integer> statuses =
                    Concurrently.run(
                            threads,
                            i ->
                                    alias.post(MfaServerClient.SERVER_API + "activation", body)
                                            .status());

            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), () -> "" + statuses);
            assertTrue(
                    statuses.stream().allMatch(s -> s == 201 || s == 401 || s == 429),
                    () -> "the others are refused: " + statuses);
            List<JsonObject> named =
                    ApiClient.array(admin.get("servers")).stream()
                            .map(JsonObject.class::cast)
                            .filter(s -> name.equals(s.getString("name")))
                            .toList();
            assertEquals(1, named.size(), () -> "one server activated: " + named);
            assertEquals(alias.address(), named.get(0).getString("ipAddress"));
        }
    }

    @Test
    void forgedTokenIsRefusedAndChangesNothing() {
        String user = SignIn.uniqueUser();
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin());
                MfaServerClient impostor =
                        MfaServerClient.withToken(UUID.randomUUID().toString())) {
            String bypassId =
                    ApiClient.object(
                                    authAdmin.post(
                                            "bypasses", Map.of("username", user, "reason", "t")))
                            .getString("id");

            assertBearerRefused(impostor.decide(SignIn.of(user).decisionBody()));
            assertBearerRefused(impostor.heartbeat(Map.of("version", "1", "health", "OK")));
            assertBearerRefused(
                    impostor.reportVerification(SignIn.of(user).verificationBody("SUCCEEDED")));

            assertEquals(
                    "ACTIVE",
                    ApiClient.object(authAdmin.get("bypasses/" + bypassId)).getString("status"),
                    "the refused decision used no bypass");
        }
    }

    @Test
    void missingTokenIsRefused() {
        try (ApiClient anonymous = ApiClient.anonymous()) {
            assertBearerRefused(
                    anonymous
                            .request(anonymous.target(MfaServerClient.SERVER_API + "heartbeat"))
                            .post(ApiClient.entity(Map.of("version", "1", "health", "OK"))));
        }
    }

    @Test
    void deactivatedServerIsRefusedAtOnce() {
        Credentials globalAdmin = administrators.globalAdmin();
        try (ApiClient admin = ApiClient.as(globalAdmin);
                MfaServerClient server = MfaServerClient.activate(admin, null)) {
            server.heartbeat("OK", null);
            assertEquals("VERIFY", server.outcome(SignIn.of(SignIn.uniqueUser())), "token known");

            JsonObject deactivated;
            try (Response response =
                    admin.request(admin.admin("servers/" + server.serverId() + "/deactivate"))
                            .post(ApiClient.entity("{}"))) {
                assertEquals(200, response.getStatus());
                deactivated = response.readEntity(JsonObject.class);
            }
            assertEquals("DEACTIVATED", deactivated.getString("status"));
            assertEquals(globalAdmin.username(), deactivated.getString("deactivatedBy"));

            assertBearerRefused(server.heartbeat(Map.of("version", "9.9", "health", "DEGRADED")));
            assertBearerRefused(server.decide(SignIn.of(SignIn.uniqueUser()).decisionBody()));

            JsonObject after = detail(admin, server);
            assertEquals("DEACTIVATED", after.getString("status"));
            assertEquals(MfaServerClient.VERSION, after.getString("version"), "nothing changed");
            assertEquals(
                    "DEACTIVATED",
                    recentChanges(admin, server).getJsonObject(0).getString("toStatus"));
            assertProblem(
                    409,
                    admin.request(admin.admin("servers/" + server.serverId() + "/deactivate"))
                            .post(ApiClient.entity("{}")));
        }
    }

    @Test
    void readerMayNotDeactivate() {
        try (ApiClient admin = ApiClient.as(administrators.globalAdmin());
                ApiClient reader = ApiClient.as(administrators.reader());
                MfaServerClient server = MfaServerClient.activate(admin, null)) {
            assertProblem(
                    403,
                    reader.request(reader.admin("servers/" + server.serverId() + "/deactivate"))
                            .post(ApiClient.entity("{}")));

            assertEquals("ONLINE", detail(reader, server).getString("status"));
            server.heartbeat("OK", null); // still admitted: its token was not revoked
        }
    }

    @Test
    void degradedHeartbeatShowsInStatusAndHistory() {
        try (ApiClient admin = ApiClient.as(administrators.globalAdmin());
                MfaServerClient server = MfaServerClient.activate(admin, null)) {
            server.heartbeat("DEGRADED", "RADIUS port unreachable");

            JsonObject degraded = detail(admin, server);
            assertEquals("DEGRADED", degraded.getString("status"));
            assertEquals("RADIUS port unreachable", degraded.getString("healthDetail"));
            JsonObject change = recentChanges(admin, server).getJsonObject(0);
            assertEquals("ONLINE", change.getString("fromStatus"));
            assertEquals("DEGRADED", change.getString("toStatus"));
            assertEquals("RADIUS port unreachable", change.getString("detail"));

            server.heartbeat("OK", null);

            JsonObject healthy = detail(admin, server);
            assertEquals("ONLINE", healthy.getString("status"));
            assertNull(healthy.get("healthDetail"), "the detail is cleared");
            JsonArray changes = recentChanges(admin, server);
            assertEquals("ONLINE", changes.getJsonObject(0).getString("toStatus"));
            assertEquals(3, changes.size(), () -> "activated, degraded, healthy: " + changes);
        }
    }

    @Test
    void silentServerTurnsOffline() throws InterruptedException {
        try (ApiClient admin = ApiClient.as(administrators.globalAdmin());
                MfaServerClient server = MfaServerClient.activate(admin, null)) {
            JsonObject before = ApiClient.object(admin.get("settings"));
            try {
                JsonObject fast =
                        Json.createObjectBuilder(before)
                                .add("heartbeatIntervalSeconds", 1)
                                .add("offlineThresholdIntervals", 1)
                                .build();
                try (Response changed = admin.put("settings", fast.toString())) {
                    assertEquals(200, changed.getStatus());
                }
                assertEquals(1, server.heartbeat("OK", null).getInt("heartbeatSeconds"));

                Thread.sleep(3_000);

                assertEquals("OFFLINE", detail(admin, server).getString("status"));
                JsonArray offline =
                        ApiClient.array(
                                admin.request(
                                                admin.admin("servers")
                                                        .queryParam("status", "OFFLINE"))
                                        .get());
                assertTrue(offline.toString().contains(server.serverId()));

                server.heartbeat("OK", null);
                assertEquals("ONLINE", detail(admin, server).getString("status"));
            } finally {
                admin.put("settings", before.toString()).close();
            }
        }
    }

    @Test
    void serverMovesToAnotherGroup() {
        String from = groups.create();
        String to = groups.create();
        try (ApiClient admin = ApiClient.as(administrators.globalAdmin());
                ApiClient reader = ApiClient.as(administrators.reader());
                MfaServerClient server = MfaServerClient.activate(admin, from)) {
            String path = "servers/" + server.serverId() + "/replication-group";

            try (Response moved = admin.put(path, Map.of("replicationGroup", to))) {
                assertEquals(200, moved.getStatus());
                assertEquals(to, moved.readEntity(JsonObject.class).getString("replicationGroup"));
            }
            assertEquals(to, detail(admin, server).getString("replicationGroup"));

            assertInvalidField(
                    "replicationGroup",
                    admin.put(path, Map.of("replicationGroup", "no-such-" + UUID.randomUUID())));
            assertProblem(403, reader.put(path, Map.of("replicationGroup", from)));
            assertEquals(to, detail(admin, server).getString("replicationGroup"));
        }
    }

    @Test
    void unknownServerIsNotFound() {
        try (ApiClient reader = ApiClient.as(administrators.reader())) {
            assertProblem(404, reader.get("servers/" + UUID.randomUUID()));
        }
    }

    static Stream<Arguments> badActivations() {
        return Stream.of(
                Arguments.of("email", Map.of("email", "")),
                Arguments.of("password", Map.of("password", "")),
                Arguments.of("serverName", Map.of("serverName", "s".repeat(129))),
                Arguments.of("serverName", Map.of("serverName", "")),
                Arguments.of("hostname", Map.of("hostname", "not a host!")),
                Arguments.of("version", Map.of("version", "")));
    }

    /** Each bad field is refused by name, and the credentials it came with stay unused. */
    @ParameterizedTest
    @MethodSource("badActivations")
    void badActivationIsRefusedWithItsField(String field, Map<String, Object> change) {
        try (ApiClient admin = ApiClient.as(administrators.globalAdmin());
                ApiClient anonymous = ApiClient.anonymous()) {
            JsonObject credentials = MfaServerClient.issueCredentials(admin, null);
            String name = MfaServerClient.uniqueServerName();
            Map<String, Object> body = MfaServerClient.activationBody(credentials, name);
            for (Map.Entry<String, Object> e : change.entrySet()) {
                body = with(body, e.getKey(), e.getValue());
            }

            assertInvalidField(field, MfaServerClient.postActivation(anonymous, body));

            try (Response valid =
                    MfaServerClient.postActivation(
                            anonymous, MfaServerClient.activationBody(credentials, name))) {
                assertEquals(201, valid.getStatus(), "the refused body used nothing up");
            }
        }
    }

    @Test
    void emptyActivationNamesEveryField() {
        try (ApiClient anonymous = ApiClient.anonymous()) {
            JsonObject problem =
                    assertInvalidField("email", MfaServerClient.postActivation(anonymous, "{}"));
            List<String> fields =
                    problem.getJsonArray("errors").stream()
                            .map(e -> e.asJsonObject().getString("field"))
                            .distinct()
                            .sorted()
                            .toList();
            assertEquals(List.of("email", "hostname", "password", "serverName", "version"), fields);
        }
    }

    @Test
    void malformedActivationIsRefused() {
        try (ApiClient anonymous = ApiClient.anonymous()) {
            assertProblem(400, MfaServerClient.postActivation(anonymous, "{\"email\": "));
        }
    }

    static Stream<Arguments> badHeartbeats() {
        return Stream.of(
                Arguments.of("health", "{\"version\":\"8.1\",\"health\":\"BAD\"}"),
                Arguments.of("health", "{\"version\":\"8.1\"}"),
                Arguments.of("version", "{\"health\":\"DEGRADED\"}"),
                Arguments.of(
                        "detail",
                        "{\"version\":\"8.1\",\"health\":\"DEGRADED\",\"detail\":\""
                                + "d".repeat(501)
                                + "\"}"),
                Arguments.of(null, "{\"version\":\"8.1\",\"health\":"));
    }

    /** A refused heartbeat names its field (none for malformed JSON) and changes no status. */
    @ParameterizedTest
    @MethodSource("badHeartbeats")
    void badHeartbeatIsRefusedWithItsField(String field, String body) {
        try (ApiClient admin = ApiClient.as(administrators.globalAdmin());
                MfaServerClient server = MfaServerClient.activate(admin, null)) {
            if (field == null) {
                assertProblem(400, server.heartbeat(body));
            } else {
                assertInvalidField(field, server.heartbeat(body));
            }

            JsonObject after = detail(admin, server);
            assertEquals("ONLINE", after.getString("status"));
            assertEquals(MfaServerClient.VERSION, after.getString("version"));
        }
    }

    private static void assertBearerRefused(Response response) {
        String challenge = response.getHeaderString("WWW-Authenticate");
        assertNotNull(challenge, "a 401 names its scheme");
        assertTrue(challenge.startsWith("Bearer"), challenge);
        assertProblem(401, response);
    }

    private static JsonObject detail(ApiClient admin, MfaServerClient server) {
        return ApiClient.object(admin.get("servers/" + server.serverId())).getJsonObject("server");
    }

    private static JsonArray recentChanges(ApiClient admin, MfaServerClient server) {
        return ApiClient.object(admin.get("servers/" + server.serverId()))
                .getJsonArray("recentChanges");
    }

    private static JsonObject serverIn(JsonArray servers, String id) {
        return servers.stream()
                .map(JsonObject.class::cast)
                .filter(s -> id.equals(s.getString("id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("server " + id + " not in " + servers));
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(key, value);
        return changed;
    }

    /** The address the service sees this client call from. */
    private static String ownAddress() {
        URI base = ApiClient.baseUri();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            return socket.getLocalAddress().getHostAddress();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
