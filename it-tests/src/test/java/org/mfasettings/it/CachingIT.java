package org.mfasettings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mfasettings.it.CachingRules.rule;
import static org.mfasettings.it.Problems.assertInvalidField;
import static org.mfasettings.it.Problems.assertProblem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Caching rules and the decisions they make: after a verification succeeds, later sign-ins that
 * share what a rule's cache type says are CACHED for the rule's seconds. Rules apply service-wide
 * to their group, so every test binds its rules to a group of its own and activates its MFA server
 * there; its users are unique too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CachingIT {

    private static final String OTHER_APPLICATION = "owa";
    private static final String OTHER_CLIENT_IP = "10.99.0.1";

    @RegisterExtension final Administrators administrators = new Administrators();

    @RegisterExtension final ReplicationGroups groups = new ReplicationGroups();

    @RegisterExtension final CachingRules rules = new CachingRules();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void ruleRoundTrip() {
        String group = groups.create();
        Credentials authAdminCredentials = administrators.authenticationAdmin();
        try (ApiClient authAdmin = ApiClient.as(authAdminCredentials)) {
            Map<String, Object> body = rule("USER_AND_APPLICATION", 600, group);
            body.put("authenticationType", "PHONE_CALL");
            body.put("application", " VPN ");

            JsonObject created;
            try (Response response = authAdmin.post("caching-rules", body)) {
                assertEquals(201, response.getStatus());
                created = response.readEntity(JsonObject.class);
                assertTrue(
                        response.getLocation().getPath().endsWith("/" + created.getString("id")));
            }
            String id = created.getString("id");
            rules.forget(id);
            assertEquals("USER_AND_APPLICATION", created.getString("cacheType"));
            assertEquals(600, created.getInt("seconds"));
            assertEquals("PHONE_CALL", created.getString("authenticationType"));
            assertEquals("vpn", created.getString("application"), "stored trimmed, lower case");
            assertEquals(group, created.getString("replicationGroup"));
            assertEquals(authAdminCredentials.username(), created.getString("createdBy"));
            assertEquals(created, ApiClient.object(authAdmin.get("caching-rules/" + id)));
            assertTrue(ids(ApiClient.array(authAdmin.get("caching-rules"))).contains(id));

            try (Response updated =
                    authAdmin.put("caching-rules/" + id, rule("USER", 300, group))) {
                assertEquals(200, updated.getStatus());
            }
            JsonObject read = ApiClient.object(authAdmin.get("caching-rules/" + id));
            assertEquals("USER", read.getString("cacheType"));
            assertEquals(300, read.getInt("seconds"));
            assertFalse(read.containsKey("application") && !read.isNull("application"));

            try (Response deleted = authAdmin.delete("caching-rules/" + id)) {
                assertEquals(204, deleted.getStatus());
            }
            assertProblem(404, authAdmin.get("caching-rules/" + id));
            assertProblem(404, authAdmin.delete("caching-rules/" + id));
            assertFalse(ids(ApiClient.array(authAdmin.get("caching-rules"))).contains(id));
        }
    }

    @Test
    void badRulesAreRefusedWithTheirFieldAndWriteNothing() {
        String group = groups.create();
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin())) {
            int maximum = ApiClient.object(authAdmin.get("settings")).getInt("cacheMaximumSeconds");
            JsonArray before = ApiClient.array(authAdmin.get("caching-rules"));

            assertInvalidField(
                    "seconds", authAdmin.post("caching-rules", rule("USER", maximum + 1, group)));
            assertInvalidField("seconds", authAdmin.post("caching-rules", rule("USER", 0, group)));
            assertInvalidField(
                    "cacheType", authAdmin.post("caching-rules", rule("SESSION", 60, group)));
            assertInvalidField(
                    "replicationGroup",
                    authAdmin.post(
                            "caching-rules", rule("USER", 60, "no-such-" + UUID.randomUUID())));
            Map<String, Object> badAuthenticationType = rule("USER", 60, group);
            badAuthenticationType.put("authenticationType", "SMS");
            assertInvalidField(
                    "authenticationType", authAdmin.post("caching-rules", badAuthenticationType));
            assertInvalidField("cacheType", authAdmin.post("caching-rules", "{\"seconds\":60}"));
            assertProblem(400, authAdmin.post("caching-rules", "{\"cacheType\":"));

            assertEquals(
                    before, ApiClient.array(authAdmin.get("caching-rules")), "no rule written");
        }
    }

    @Test
    void ruleCannotBeChangedBeyondTheMaximum() {
        String group = groups.create();
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin())) {
            int maximum = ApiClient.object(authAdmin.get("settings")).getInt("cacheMaximumSeconds");
            JsonObject created = rules.create(authAdmin, rule("USER", 60, group));
            String path = "caching-rules/" + created.getString("id");

            assertInvalidField("seconds", authAdmin.put(path, rule("USER", maximum + 1, group)));

            assertEquals(created, ApiClient.object(authAdmin.get(path)), "the rule is unchanged");
        }
    }

    @Test
    void readerMayNotChangeRules() {
        String group = groups.create();
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin());
                ApiClient reader = ApiClient.as(administrators.reader())) {
            JsonObject created = rules.create(authAdmin, rule("USER", 60, group));
            String path = "caching-rules/" + created.getString("id");
            JsonArray before = ApiClient.array(reader.get("caching-rules"));

            assertProblem(403, reader.post("caching-rules", rule("USER", 60, group)));
            assertProblem(403, reader.put(path, rule("USER", 120, group)));
            assertProblem(403, reader.delete(path));

            assertEquals(before, ApiClient.array(reader.get("caching-rules")));
            assertEquals(created, ApiClient.object(reader.get(path)));
        }
    }

    /**
     * A verification from {@link SignIn#APPLICATION} at {@link SignIn#CLIENT_IP}, then requests
     * from the same or another application and client IP, and from another user.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "USER,                               CACHED, CACHED, CACHED, CACHED",
        "USER_AND_APPLICATION,               CACHED, CACHED, VERIFY, VERIFY",
        "USER_AND_CLIENT_IP,                 CACHED, VERIFY, CACHED, VERIFY",
        "USER_AND_APPLICATION_AND_CLIENT_IP, CACHED, VERIFY, VERIFY, VERIFY"
    })
    void cacheTypeMatchesWhatItNames(
            String cacheType,
            String sameBoth,
            String otherClientIp,
            String otherApplication,
            String otherBoth) {
        String group = groups.create();
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin());
                MfaServerClient server = activate(group)) {
            rules.create(authAdmin, rule(cacheType, 600, group));

            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("same application and client IP", sameBoth);
            expected.put("other client IP", otherClientIp);
            expected.put("other application", otherApplication);
            expected.put("other application and client IP", otherBoth);
            expected.put("other user", "VERIFY");

            Map<String, String> actual = new LinkedHashMap<>();
            actual.put("same application and client IP", afterSuccess(server, s -> s));
            actual.put(
                    "other client IP", afterSuccess(server, s -> s.withClientIp(OTHER_CLIENT_IP)));
            actual.put(
                    "other application",
                    afterSuccess(server, s -> s.withApplication(OTHER_APPLICATION)));
            actual.put(
                    "other application and client IP",
                    afterSuccess(
                            server,
                            s ->
                                    s.withApplication(OTHER_APPLICATION)
                                            .withClientIp(OTHER_CLIENT_IP)));
            actual.put("other user", afterSuccess(server, s -> SignIn.of(SignIn.uniqueUser())));

            assertEquals(expected, actual);
        }
    }

    @Test
    void applicationIsComparedRegardlessOfCase() {
        String group = groups.create();
        String user = SignIn.uniqueUser();
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin());
                MfaServerClient server = activate(group)) {
            rules.create(authAdmin, rule("USER_AND_APPLICATION", 600, group));
            server.verification(SignIn.of(user).withApplication("VPN"), "SUCCEEDED");

            assertEquals("CACHED", server.outcome(SignIn.of(user).withApplication(" Vpn ")));
        }
    }

    @Test
    void authenticationTypeOfARuleFiltersVerifications() {
        String group = groups.create();
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin());
                MfaServerClient server = activate(group)) {
            Map<String, Object> body = rule("USER", 600, group);
            body.put("authenticationType", "MOBILE_APP");
            rules.create(authAdmin, body);

            assertEquals(
                    "CACHED",
                    afterSuccess(server, s -> s, s -> s.withAuthenticationType("MOBILE_APP")));
            assertEquals(
                    "VERIFY",
                    afterSuccess(server, s -> s, s -> s.withAuthenticationType("PHONE_CALL")));
        }
    }

    @Test
    void applicationOfARuleFiltersVerifications() {
        String group = groups.create();
        SignIn fromVpn = SignIn.of(SignIn.uniqueUser()).withApplication("vpn");
        SignIn fromOwa = SignIn.of(SignIn.uniqueUser()).withApplication(OTHER_APPLICATION);
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin());
                MfaServerClient server = activate(group)) {
            Map<String, Object> body = rule("USER", 600, group);
            body.put("application", "VPN");
            rules.create(authAdmin, body);

            server.verification(fromVpn, "SUCCEEDED");
            server.verification(fromOwa, "SUCCEEDED");

            assertEquals("CACHED", server.outcome(fromVpn));
            assertEquals("VERIFY", server.outcome(fromOwa), "verified in another application");
        }
    }

    @Test
    void ruleOfAGroupCachesOnlyWithinIt() {
        String ruled = groups.create();
        String other = groups.create();
        String first = SignIn.uniqueUser();
        String second = SignIn.uniqueUser();
        String third = SignIn.uniqueUser();
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin());
                MfaServerClient inRuled = activate(ruled);
                MfaServerClient inOther = activate(other)) {
            rules.create(authAdmin, rule("USER", 600, ruled));

            inRuled.verification(SignIn.of(first), "SUCCEEDED");
            assertEquals("VERIFY", inOther.outcome(SignIn.of(first)), "asked in another group");

            inOther.verification(SignIn.of(second), "SUCCEEDED");
            assertEquals("VERIFY", inRuled.outcome(SignIn.of(second)), "verified elsewhere");

            inRuled.verification(SignIn.of(third), "SUCCEEDED");
            assertEquals("CACHED", inRuled.outcome(SignIn.of(third)));
        }
    }

    @Test
    void windowClosesAfterTheRuleSeconds() throws InterruptedException {
        String group = groups.create();
        SignIn signIn = SignIn.of(SignIn.uniqueUser());
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin());
                MfaServerClient server = activate(group)) {
            String ruleId = rules.create(authAdmin, rule("USER", 2, group)).getString("id");
            Instant before = now();
            server.verification(signIn, "SUCCEEDED");
            Instant after = now();

            JsonObject cached = server.decision(signIn);
            assertEquals("CACHED", cached.getString("outcome"));
            assertEquals(ruleId, cached.getString("ruleId"));
            assertWithin(before.plusSeconds(2), after.plusSeconds(2), cached);

            Thread.sleep(2_500);

            assertEquals("VERIFY", server.outcome(signIn));
        }
    }

    @Test
    void pendingDecisionWaitsForTheVerificationToSucceed() throws Exception {
        String group = groups.create();
        SignIn signIn = SignIn.of(SignIn.uniqueUser());
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin());
                MfaServerClient server = activate(group)) {
            String ruleId = rules.create(authAdmin, rule("USER", 600, group)).getString("id");
            String verification = server.verification(signIn, "STARTED");
            assertEquals("PENDING", server.outcome(signIn));

            CompletableFuture<Void> finisher =
                    finishLater(server, verification, "SUCCEEDED", Duration.ofSeconds(1));
            long start = System.nanoTime();
            JsonObject decision = waitForDecision(server, signIn, 10);
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            finisher.get();

            assertEquals("CACHED", decision.getString("outcome"));
            assertEquals(ruleId, decision.getString("ruleId"));
            assertTrue(
                    waited.compareTo(Duration.ofMillis(500)) > 0
                            && waited.compareTo(Duration.ofSeconds(6)) < 0,
                    () -> "answered once the verification ended, not at the deadline: " + waited);
        }
    }

    @Test
    void pendingDecisionAnswersVerifyWhenTheVerificationFails() throws Exception {
        String group = groups.create();
        SignIn signIn = SignIn.of(SignIn.uniqueUser());
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin());
                MfaServerClient server = activate(group)) {
            rules.create(authAdmin, rule("USER", 600, group));
            String verification = server.verification(signIn, "STARTED");
            assertEquals("PENDING", server.outcome(signIn));

            CompletableFuture<Void> finisher =
                    finishLater(server, verification, "FAILED", Duration.ofSeconds(1));
            long start = System.nanoTime();
            JsonObject decision = waitForDecision(server, signIn, 10);
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            finisher.get();

            assertEquals("VERIFY", decision.getString("outcome"));
            assertTrue(waited.compareTo(Duration.ofSeconds(6)) < 0, () -> "waited " + waited);
            assertEquals("VERIFY", server.outcome(signIn), "a failure caches nothing");
        }
    }

    @Test
    void pendingDecisionAnswersVerifyWhenTheWaitRunsOut() {
        String group = groups.create();
        SignIn signIn = SignIn.of(SignIn.uniqueUser());
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin());
                MfaServerClient server = activate(group)) {
            rules.create(authAdmin, rule("USER", 600, group));
            server.verification(signIn, "STARTED");

            long start = System.nanoTime();
            JsonObject decision = waitForDecision(server, signIn, 1);
            Duration waited = Duration.ofNanos(System.nanoTime() - start);

            assertEquals("VERIFY", decision.getString("outcome"));
            assertTrue(
                    waited.compareTo(Duration.ofMillis(900)) > 0
                            && waited.compareTo(Duration.ofSeconds(5)) < 0,
                    () -> "waited about one second: " + waited);
        }
    }

    @Test
    void cachedDecisionUsesNoBypass() {
        String group = groups.create();
        SignIn signIn = SignIn.of(SignIn.uniqueUser());
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin());
                MfaServerClient server = activate(group)) {
            rules.create(authAdmin, rule("USER", 600, group));
            String bypass =
                    ApiClient.object(
                                    authAdmin.post(
                                            "bypasses",
                                            Map.of(
                                                    "username",
                                                    signIn.username(),
                                                    "reason",
                                                    "precedence",
                                                    "replicationGroup",
                                                    group)))
                            .getString("id");
            server.verification(signIn, "SUCCEEDED");

            assertEquals("CACHED", server.outcome(signIn));

            assertEquals(
                    "ACTIVE",
                    ApiClient.object(authAdmin.get("bypasses/" + bypass)).getString("status"),
                    "a cached sign-in consumes nothing");
        }
    }

    @Test
    void failedVerificationCachesNothing() {
        String group = groups.create();
        SignIn signIn = SignIn.of(SignIn.uniqueUser());
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin());
                MfaServerClient server = activate(group)) {
            rules.create(authAdmin, rule("USER", 600, group));

            server.verification(signIn, "FAILED");

            assertEquals("VERIFY", server.outcome(signIn));
        }
    }

    @Test
    void answerNamesTheRuleWhoseWindowEndsLast() {
        String group = groups.create();
        SignIn signIn = SignIn.of(SignIn.uniqueUser());
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin());
                MfaServerClient server = activate(group)) {
            rules.create(authAdmin, rule("USER", 60, group));
            String longest =
                    rules.create(authAdmin, rule("USER_AND_CLIENT_IP", 180, group)).getString("id");
            rules.create(authAdmin, rule("USER_AND_APPLICATION", 120, group));
            Map<String, Object> notMatching = rule("USER", 900, group);
            notMatching.put("authenticationType", "OATH_TOKEN");
            rules.create(authAdmin, notMatching);

            Instant before = now();
            server.verification(signIn, "SUCCEEDED");
            Instant after = now();
            JsonObject decision = server.decision(signIn);

            assertEquals("CACHED", decision.getString("outcome"));
            assertEquals(longest, decision.getString("ruleId"));
            assertWithin(before.plusSeconds(180), after.plusSeconds(180), decision);
        }
    }

    @Test
    void deletedRuleStopsCachingAtOnce() {
        String group = groups.create();
        SignIn signIn = SignIn.of(SignIn.uniqueUser());
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin());
                MfaServerClient server = activate(group)) {
            String id = rules.create(authAdmin, rule("USER", 600, group)).getString("id");
            server.verification(signIn, "SUCCEEDED");
            assertEquals("CACHED", server.outcome(signIn));

            try (Response deleted = authAdmin.delete("caching-rules/" + id)) {
                assertEquals(204, deleted.getStatus());
            }
            rules.forget(id);

            assertEquals("VERIFY", server.outcome(signIn));
        }
    }

    @Test
    void shortenedRuleShortensTheOpenWindow() throws InterruptedException {
        String group = groups.create();
        SignIn signIn = SignIn.of(SignIn.uniqueUser());
        try (ApiClient authAdmin = ApiClient.as(administrators.authenticationAdmin());
                MfaServerClient server = activate(group)) {
            String path =
                    "caching-rules"
                            + "/"
                            + rules.create(authAdmin, rule("USER", 3600, group)).getString("id");
            Instant before = now();
            server.verification(signIn, "SUCCEEDED");
            Instant after = now();
            assertWithin(
                    before.plusSeconds(3600), after.plusSeconds(3600), server.decision(signIn));

            authAdmin.put(path, rule("USER", 60, group)).close();
            assertWithin(before.plusSeconds(60), after.plusSeconds(60), server.decision(signIn));

            authAdmin.put(path, rule("USER", 1, group)).close();
            Thread.sleep(1_200);
            assertEquals("VERIFY", server.outcome(signIn));
        }
    }

    @Test
    void finishedVerificationCannotBeFinishedAgain() {
        String group = groups.create();
        SignIn signIn = SignIn.of(SignIn.uniqueUser());
        try (MfaServerClient server = activate(group);
                MfaServerClient other = activate(group)) {
            String started = server.verification(signIn, "STARTED");
            assertProblem(404, other.finishVerification(started, Map.of("result", "FAILED")));

            server.finish(started, "SUCCEEDED");
            assertProblem(409, server.finishVerification(started, Map.of("result", "FAILED")));

            String succeeded = server.verification(signIn, "SUCCEEDED");
            assertProblem(409, server.finishVerification(succeeded, Map.of("result", "FAILED")));

            assertProblem(
                    404,
                    server.finishVerification(
                            UUID.randomUUID().toString(), Map.of("result", "SUCCEEDED")));
        }
    }

    @Test
    void verificationCannotBeFinishedAsStarted() {
        try (MfaServerClient server = activate(groups.create())) {
            String started = server.verification(SignIn.of(SignIn.uniqueUser()), "STARTED");

            assertInvalidField(
                    "result", server.finishVerification(started, Map.of("result", "STARTED")));
            assertInvalidField("result", server.finishVerification(started, "{}"));

            server.finish(started, "SUCCEEDED");
        }
    }

    @Test
    void waitLongerThan30SecondsIsRefused() {
        try (MfaServerClient server = activate(groups.create())) {
            String body = SignIn.of(SignIn.uniqueUser()).decisionBody();

            assertInvalidField("waitSeconds", server.decide(body, 31));
            assertInvalidField("waitSeconds", server.decide(body, -1));
            try (Response longest = server.decide(body, 30)) {
                assertEquals(200, longest.getStatus(), "30 seconds are allowed");
            }
        }
    }

    static Stream<Arguments> badSignIns() {
        String user = "someone@example.com";
        return Stream.of(
                Arguments.of("username", new SignIn("nobody", null, null, null)),
                Arguments.of(
                        "username", new SignIn("u".repeat(243) + "@example.com", null, null, null)),
                Arguments.of("application", SignIn.of(user).withApplication("a".repeat(255))),
                Arguments.of("authenticationType", SignIn.of(user).withAuthenticationType("SMS")),
                Arguments.of("clientIp", SignIn.of(user).withClientIp("not-an-ip")));
    }

    @ParameterizedTest
    @MethodSource("badSignIns")
    void badDecisionIsRefusedWithItsField(String field, SignIn signIn) {
        try (MfaServerClient server = activate(groups.create())) {
            assertInvalidField(field, server.decide(signIn.decisionBody()));
        }
    }

    @ParameterizedTest
    @MethodSource("badSignIns")
    void badVerificationIsRefusedWithItsField(String field, SignIn signIn) {
        try (MfaServerClient server = activate(groups.create())) {
            assertInvalidField(
                    field, server.reportVerification(signIn.verificationBody("SUCCEEDED")));
        }
    }

    @Test
    void badBodiesWithoutAFieldAreRefused() {
        try (MfaServerClient server = activate(groups.create())) {
            SignIn signIn = SignIn.of(SignIn.uniqueUser());

            assertInvalidField("username", server.decide("{}"));
            assertProblem(400, server.decide("{\"username\":"));
            assertInvalidField(
                    "result", server.reportVerification(signIn.verificationBody("DONE")));
            assertInvalidField("result", server.reportVerification(signIn.decisionBody()));
            assertProblem(400, server.reportVerification("[1, 2"));
        }
    }

    private MfaServerClient activate(String group) {
        try (ApiClient admin = ApiClient.as(administrators.globalAdmin())) {
            return MfaServerClient.activate(admin, group);
        }
    }

    /** A fresh user succeeds MFA as {@link SignIn#of}, then signs in as {@code asked} says. */
    private static String afterSuccess(MfaServerClient server, UnaryOperator<SignIn> asked) {
        return afterSuccess(server, asked, s -> s);
    }

    private static String afterSuccess(
            MfaServerClient server, UnaryOperator<SignIn> asked, UnaryOperator<SignIn> verified) {
        SignIn signIn = SignIn.of(SignIn.uniqueUser());
        server.verification(verified.apply(signIn), "SUCCEEDED");
        return server.outcome(asked.apply(signIn));
    }

    private static JsonObject waitForDecision(MfaServerClient server, SignIn signIn, int seconds) {
        try (Response response = server.decide(signIn.decisionBody(), seconds)) {
            assertEquals(200, response.getStatus());
            return response.readEntity(JsonObject.class);
        }
    }

    private static CompletableFuture<Void> finishLater(
            MfaServerClient server, String verification, String result, Duration delay) {
        return CompletableFuture.runAsync(
                () -> {
                    try {
                        Thread.sleep(delay.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                    server.finish(verification, result);
                });
    }

    private static void assertWithin(Instant earliest, Instant latest, JsonObject decision) {
        assertEquals("CACHED", decision.getString("outcome"), decision::toString);
        Instant validUntil = Instant.parse(decision.getString("validUntil"));
        assertFalse(
                validUntil.isBefore(earliest) || validUntil.isAfter(latest),
                () -> validUntil + " within " + earliest + " and " + latest);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static List<String> ids(JsonArray rules) {
        return rules.stream().map(r -> r.asJsonObject().getString("id")).toList();
    }
}
