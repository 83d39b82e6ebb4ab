package org.mfasettings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mfasettings.it.Problems.assertInvalidField;
import static org.mfasettings.it.Problems.assertProblem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One-time bypasses: granted through the admin API, used by exactly one decision of an MFA server
 * in the right group, and kept in the report with how each one ended.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BypassesIT {

    private static final String REASON = "locked out of the authenticator app";

    @RegisterExtension final Administrators administrators = new Administrators();

    @RegisterExtension final ReplicationGroups groups = new ReplicationGroups();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void grantedBypassIsUsedByOneDecision() {
        String user = SignIn.uniqueUser();
        Credentials authAdminCredentials = administrators.authenticationAdmin();
        try (ApiClient authAdmin = ApiClient.as(authAdminCredentials);
                MfaServerClient server = activate(null)) {
            JsonObject granted;
            try (Response response = authAdmin.post("bypasses", grant(user, 300))) {
                assertEquals(201, response.getStatus());
                granted = response.readEntity(JsonObject.class);
                assertTrue(
                        response.getLocation().getPath().endsWith("/" + granted.getString("id")));
            }
            assertEquals("ACTIVE", granted.getString("status"));
            assertEquals(user, granted.getString("username"));
            assertEquals(300, granted.getInt("seconds"));
            assertEquals(REASON, granted.getString("reason"));
            assertEquals(authAdminCredentials.username(), granted.getString("grantedBy"));

            SignIn signIn = SignIn.of(user).withApplication("owa").withClientIp("192.0.2.7");
            JsonObject decision = server.decision(signIn);
            assertEquals("BYPASS", decision.getString("outcome"));
            assertEquals(granted.getString("id"), decision.getString("bypassId"));
            assertEquals(
                    Instant.parse(granted.getString("expiresAt")),
                    Instant.parse(decision.getString("validUntil")));

            assertEquals("VERIFY", server.outcome(signIn), "a bypass is used once");

            JsonArray report = report(authAdmin, "username", user);
            assertEquals(1, report.size(), () -> "one bypass for the user: " + report);
            JsonObject used = report.getJsonObject(0);
            assertEquals("USED", used.getString("status"));
            assertEquals(server.name(), used.getString("usedByServer"));
            assertEquals(server.serverId(), used.getString("usedByServerId"));
            assertEquals("192.0.2.7", used.getString("usedClientIp"));
            assertEquals("owa", used.getString("usedApplication"));
            assertNotNull(used.getString("endedAt"));
        }
    }

    @Test
    void secondsDefaultToTheSetting() {
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin())) {
            int defaultSeconds =
                    ApiClient.object(authAdmin.get("settings")).getInt("bypassDefaultSeconds");
            Map<String, Object> body = grant(SignIn.uniqueUser(), 1);
            body.remove("seconds");

            JsonObject granted = ApiClient.object(authAdmin.post("bypasses", body));

            assertEquals(defaultSeconds, granted.getInt("seconds"));
            assertEquals(
                    Instant.parse(granted.getString("grantedAt")).plusSeconds(defaultSeconds),
                    Instant.parse(granted.getString("expiresAt")));
        }
    }

    @Test
    void concurrentDecisionsUseABypassExactlyOnce() {
        int threads = 32;
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin());
                MfaServerClient server = activate(null)) {
            for (int round = 1; round <= 5; round++) {
                String user = SignIn.uniqueUser();
                String bypassId =
                        ApiClient.object(authAdmin.post("bypasses", grant(user, 300)))
                                .getString("id");

                List<String> outcomes =
                        Concurrently.run(threads, i -> server.outcome(SignIn.of(user)));

                int roundShown = round;
                assertEquals(
                        1,
                        outcomes.stream().filter("BYPASS"::equals).count(),
                        () -> "round " + roundShown + ": " + outcomes);
                assertEquals(
                        threads - 1,
                        outcomes.stream().filter("VERIFY"::equals).count(),
                        () -> "round " + roundShown + ": " + outcomes);
                assertEquals(
                        "USED",
                        ApiClient.object(authAdmin.get("bypasses/" + bypassId))
                                .getString("status"));
            }
        }
    }

    @Test
    void usernameIsNormalised() {
        String user = SignIn.uniqueUser();
        String asTyped = "  " + user.toUpperCase().replace("@EXAMPLE.COM", "@Example.COM") + " ";
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin());
                MfaServerClient server = activate(null)) {
            JsonObject granted = ApiClient.object(authAdmin.post("bypasses", grant(asTyped, 300)));
            assertEquals(user, granted.getString("username"));

            assertEquals("BYPASS", server.outcome(SignIn.of(user)));
        }
    }

    @Test
    void bypassOfOneGroupIsNotUsedByAnother() {
        String groupA = groups.create();
        String groupB = groups.create();
        String user = SignIn.uniqueUser();
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin());
                MfaServerClient inA = activate(groupA);
                MfaServerClient inB = activate(groupB)) {
            String id = grantIn(authAdmin, user, groupA);

            assertEquals("VERIFY", inB.outcome(SignIn.of(user)));
            assertEquals(
                    "ACTIVE",
                    ApiClient.object(authAdmin.get("bypasses/" + id)).getString("status"),
                    "the other group's server left it");

            JsonObject decision = inA.decision(SignIn.of(user));
            assertEquals("BYPASS", decision.getString("outcome"));
            assertEquals(id, decision.getString("bypassId"));
        }
    }

    @Test
    void serverMovedToAnotherGroupUsesThatGroupsBypassesAtOnce() {
        String groupA = groups.create();
        String groupB = groups.create();
        String user = SignIn.uniqueUser();
        try (ApiClient globalAdmin = ApiClient.as(administrators.globalAdmin());
                ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin());
                MfaServerClient server = activate(groupB)) {
            String id = grantIn(authAdmin, user, groupA);
            assertEquals("VERIFY", server.outcome(SignIn.of(user)), "not usable from group B");

            try (Response moved =
                    globalAdmin.put(
                            "servers/" + server.serverId() + "/replication-group",
                            Map.of("replicationGroup", groupA))) {
                assertEquals(200, moved.getStatus());
            }

            JsonObject decision = server.decision(SignIn.of(user));
            assertEquals("BYPASS", decision.getString("outcome"), "the next decision is group A's");
            assertEquals(id, decision.getString("bypassId"));
        }
    }

    @Test
    void bypassWithoutGroupIsUsedInAnyGroup() {
        String group = groups.create();
        String user = SignIn.uniqueUser();
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin());
                MfaServerClient server = activate(group)) {
            String id =
                    ApiClient.object(authAdmin.post("bypasses", grant(user, 300))).getString("id");

            JsonObject decision = server.decision(SignIn.of(user));

            assertEquals("BYPASS", decision.getString("outcome"));
            assertEquals(id, decision.getString("bypassId"));
        }
    }

    @Test
    void bypassExpiresAtItsBoundary() throws InterruptedException {
        String user = SignIn.uniqueUser();
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin());
                MfaServerClient server = activate(null)) {
            JsonObject granted = ApiClient.object(authAdmin.post("bypasses", grant(user, 2)));
            assertEquals(
                    Instant.parse(granted.getString("grantedAt")).plusSeconds(2),
                    Instant.parse(granted.getString("expiresAt")));

            Thread.sleep(2_500);

            assertEquals("VERIFY", server.outcome(SignIn.of(user)));
            JsonObject expired = report(authAdmin, "username", user).getJsonObject(0);
            assertEquals("EXPIRED", expired.getString("status"));
            assertEquals(granted.getString("expiresAt"), expired.getString("endedAt"));
        }
    }

    @Test
    void cancelledBypassIsNotUsedAndCannotBeCancelledAgain() {
        String user = SignIn.uniqueUser();
        Credentials authAdminCredentials = administrators.authenticationAdmin();
        try (ApiClient authAdmin = ApiClient.as(authAdminCredentials);
                MfaServerClient server = activate(null)) {
            String id =
                    ApiClient.object(authAdmin.post("bypasses", grant(user, 300))).getString("id");

            JsonObject cancelled;
            try (Response response =
                    authAdmin.post("bypasses/" + id + "/cancel", Map.of("reason", "wrong user"))) {
                assertEquals(200, response.getStatus());
                cancelled = response.readEntity(JsonObject.class);
            }
            assertEquals("CANCELLED", cancelled.getString("status"));
            assertEquals(authAdminCredentials.username(), cancelled.getString("cancelledBy"));
            assertEquals("wrong user", cancelled.getString("cancelReason"));

            assertEquals("VERIFY", server.outcome(SignIn.of(user)));
            assertProblem(
                    409, authAdmin.post("bypasses/" + id + "/cancel", Map.of("reason", "again")));
            assertEquals(
                    "wrong user",
                    ApiClient.object(authAdmin.get("bypasses/" + id)).getString("cancelReason"),
                    "the second cancellation changed nothing");
        }
    }

    @Test
    void cancellationNeedsAReason() {
        String user = SignIn.uniqueUser();
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin())) {
            String id =
                    ApiClient.object(authAdmin.post("bypasses", grant(user, 300))).getString("id");

            assertInvalidField("reason", authAdmin.post("bypasses/" + id + "/cancel", "{}"));

            assertEquals(
                    "ACTIVE",
                    ApiClient.object(authAdmin.get("bypasses/" + id)).getString("status"));
        }
    }

    @Test
    void readerMayNotGrantOrCancel() {
        String user = SignIn.uniqueUser();
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin());
                ApiClient reader = ApiClient.as(administrators.reader())) {
            assertProblem(403, reader.post("bypasses", grant(user, 300)));
            assertEquals(0, report(authAdmin, "username", user).size(), "nothing granted");

            String id =
                    ApiClient.object(authAdmin.post("bypasses", grant(user, 300))).getString("id");
            assertProblem(403, reader.post("bypasses/" + id + "/cancel", Map.of("reason", "r")));
            assertEquals(
                    "ACTIVE", ApiClient.object(reader.get("bypasses/" + id)).getString("status"));
        }
    }

    @Test
    void badGrantsAreRefusedWithTheirFieldAndWriteNothing() {
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin())) {
            int maximum =
                    ApiClient.object(authAdmin.get("settings")).getInt("bypassMaximumSeconds");
            String user = SignIn.uniqueUser();

            assertRefused(
                    authAdmin,
                    "replicationGroup",
                    with(grant(user, 300), "replicationGroup", "no-such-" + UUID.randomUUID()));
            assertRefused(authAdmin, "username", grant("nobody", 300));
            assertRefused(authAdmin, "seconds", grant(user, 0));
            assertRefused(authAdmin, "seconds", grant(user, maximum + 1));
            Map<String, Object> noReason = grant(user, 300);
            noReason.remove("reason");
            assertRefused(authAdmin, "reason", noReason);
            assertRefused(authAdmin, "reason", with(grant(user, 300), "reason", " "));
            assertRefused(authAdmin, "reason", with(grant(user, 300), "reason", "r".repeat(501)));
            assertRefused(authAdmin, "username", grant("u".repeat(243) + "@example.com", 300));
        }
    }

    @Test
    void longestAcceptedValuesAreGranted() {
        String user =
                "u".repeat(242 - 8) + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin())) {
            int maximum =
                    ApiClient.object(authAdmin.get("settings")).getInt("bypassMaximumSeconds");
            Map<String, Object> body = with(grant(user, maximum), "reason", "r".repeat(500));

            try (Response response = authAdmin.post("bypasses", body)) {
                assertEquals(201, response.getStatus(), () -> response.readEntity(String.class));
                assertEquals(
                        254, response.readEntity(JsonObject.class).getString("username").length());
            }
        }
    }

    @Test
    void reportExportsCsv() {
        String user = SignIn.uniqueUser();
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin());
                ApiClient reader = ApiClient.as(administrators.reader())) {
            String id =
                    ApiClient.object(authAdmin.post("bypasses", grant(user, 300))).getString("id");

            try (Response csv =
                    reader.request(
                                    reader.admin("bypasses").queryParam("username", user),
                                    "text/csv")
                            .get()) {
                assertEquals(200, csv.getStatus());
                assertTrue(csv.getMediaType().toString().startsWith("text/csv"));
                List<String> lines = csv.readEntity(String.class).lines().toList();
                assertEquals(2, lines.size(), () -> "a header and one bypass: " + lines);
                assertTrue(
                        lines.get(0).startsWith("id,username,replicationGroup,seconds,reason"),
                        lines.get(0));
                assertTrue(lines.get(1).startsWith(id + "," + user + ","), lines.get(1));
                assertTrue(lines.get(1).contains(REASON), lines.get(1));
            }
        }
    }

    @Test
    void reportFiltersByStatusUserGroupAndTime() {
        String group = groups.create();
        String prefix = "it-report-" + UUID.randomUUID().toString().substring(0, 8);
        String first = prefix + "-a@example.com";
        String second = prefix + "-b@example.com";
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin());
                MfaServerClient server = activate(group)) {
            String used =
                    ApiClient.object(
                                    authAdmin.post(
                                            "bypasses",
                                            with(grant(first, 300), "replicationGroup", group)))
                            .getString("id");
            server.decision(SignIn.of(first));
            JsonObject activeGrant =
                    ApiClient.object(authAdmin.post("bypasses", grant(first, 300)));
            String active = activeGrant.getString("id");
            String cancelled =
                    ApiClient.object(authAdmin.post("bypasses", grant(second, 300)))
                            .getString("id");
            authAdmin.post("bypasses/" + cancelled + "/cancel", Map.of("reason", "r")).close();

            assertEquals(
                    List.of(cancelled, active, used), ids(report(authAdmin, "username", prefix)));
            assertEquals(List.of(cancelled), ids(report(authAdmin, "username", second)));
            assertEquals(
                    List.of(used), ids(report(authAdmin, "username", prefix, "status", "USED")));
            assertEquals(
                    List.of(active),
                    ids(report(authAdmin, "username", prefix, "status", "ACTIVE")));
            assertEquals(
                    List.of(cancelled),
                    ids(report(authAdmin, "username", prefix, "status", "CANCELLED")));
            assertEquals(List.of(used), ids(report(authAdmin, "username", prefix, "group", group)));

            String grantedAt = activeGrant.getString("grantedAt");
            assertEquals(
                    List.of(cancelled, active),
                    ids(report(authAdmin, "username", prefix, "from", grantedAt)),
                    "from is inclusive");
            assertEquals(
                    List.of(used),
                    ids(report(authAdmin, "username", prefix, "to", grantedAt)),
                    "to is exclusive");

            assertInvalidField(
                    "status", authAdmin.request(reportTarget(authAdmin, "status", "GONE")).get());
            assertInvalidField(
                    "from", authAdmin.request(reportTarget(authAdmin, "from", "yesterday")).get());
        }
    }

    private MfaServerClient activate(String group) {
        try (ApiClient admin = ApiClient.as(administrators.globalAdmin())) {
            return MfaServerClient.activate(admin, group);
        }
    }

    private static void assertRefused(ApiClient authAdmin, String field, Map<String, Object> body) {
        JsonArray before =
                ApiClient.array(authAdmin.request(reportTarget(authAdmin, "limit", "10000")).get());

        assertInvalidField(field, authAdmin.post("bypasses", body));

        JsonArray after =
                ApiClient.array(authAdmin.request(reportTarget(authAdmin, "limit", "10000")).get());
        assertEquals(before.size(), after.size(), () -> "nothing written for " + body);
    }

    /** Grants the user a bypass for servers of this group only; its id. */
    private static String grantIn(ApiClient authAdmin, String username, String group) {
        Map<String, Object> body = with(grant(username, 300), "replicationGroup", group);
        return ApiClient.object(authAdmin.post("bypasses", body)).getString("id");
    }

    private static Map<String, Object> grant(String username, int seconds) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("seconds", seconds);
        body.put("reason", REASON);
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        body.put(key, value);
        return body;
    }

    private static JsonArray report(ApiClient client, String... filters) {
        return ApiClient.array(client.request(reportTarget(client, filters)).get());
    }

    private static WebTarget reportTarget(ApiClient client, String... filters) {
        WebTarget target = client.admin("bypasses");
        for (int i = 0; i < filters.length; i += 2) {
            target = target.queryParam(filters[i], filters[i + 1]);
        }
        return target;
    }

    private static List<String> ids(JsonArray bypasses) {
        return bypasses.stream().map(b -> b.asJsonObject().getString("id")).toList();
    }
}
