package org.mfasettings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two application servers on one PostgreSQL database give the answers of one. Node A is the WildFly
 * that Arquillian manages; node B is a second WildFly from the same installation, with its own base
 * directory and port offset, that this class starts with the same EAR and data source.
 *
 * <p>Runs only in the build's PostgreSQL run ({@code it.node.b.home} set by the profile postgres).
 * The method order only saves time: the timer check, which waits for a minute of both nodes'
 * timers, comes last so that the other checks run within that minute; no test needs another.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "it.node.b.home", matches = ".+")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static final Duration NODE_B_START = Duration.ofSeconds(240);
    private static final Duration TIMERS_AT_WORK = Duration.ofSeconds(65);

    private static NodeB nodeB;
    private static long nodeALogStart;

    private final Credentials admin = Credentials.bootstrapAdministrator();
    private final Http http = new Http();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void startNodeB() throws Exception {
        nodeALogStart = Files.size(nodeALog());
        nodeB = NodeB.start();
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.stop();
        }
    }

    @Test
    @Order(1)
    void administratorSignsInOnEitherNode() {
        String username = "it-two-nodes-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        assertEquals(
                201,
                http.send(
                                nodeA(),
                                "POST",
                                "/mfa-api/v1/admin/administrators",
                                basic(admin.username(), admin.password()),
                                Json.createObjectBuilder()
                                        .add("username", username)
                                        .add("password", password)
                                        .add("role", "reader")
                                        .build())
                        .statusCode());
        try {
            for (URI node : List.of(nodeA(), nodeB.uri())) {
                HttpResponse<String> servers =
                        http.send(
                                node,
                                "GET",
                                "/mfa-api/v1/admin/servers",
                                basic(username, password),
                                null);
                assertEquals(200, servers.statusCode(), () -> node + ": " + servers.body());
            }
        } finally {
            http.send(
                    nodeA(),
                    "DELETE",
                    "/mfa-api/v1/admin/administrators/" + username,
                    basic(admin.username(), admin.password()),
                    null);
        }
    }

    @Test
    @Order(2)
    void bypassGrantedOnOneNodeIsUsedOnceAcrossBoth() throws Exception {
        String token = activateServer().token();
        String username = uniqueUser();
        JsonObject granted = grantBypass(username, 300);

        int perNode = 16;
        CountDownLatch ready = new CountDownLatch(2 * perNode);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2 * perNode);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < 2 * perNode; i++) {
                URI node = i % 2 == 0 ? nodeA() : nodeB.uri();
                outcomes.add(
                        pool.submit(
                                () -> {
                                    ready.countDown();
                                    go.await();
                                    return decide(node, token, username, "it-app", 0)
                                            .getString("outcome");
                                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS), "all requests ready");
            go.countDown();

            List<String> answers = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                answers.add(outcome.get(120, TimeUnit.SECONDS));
            }
            assertEquals(
                    1,
                    answers.stream().filter("BYPASS"::equals).count(),
                    () -> "exactly one BYPASS: " + answers);
            assertEquals(
                    2 * perNode - 1,
                    answers.stream().filter("VERIFY"::equals).count(),
                    () -> "all others VERIFY: " + answers);
        } finally {
            pool.shutdownNow();
        }

        JsonObject report = bypass(nodeB.uri(), granted.getString("id"));
        assertEquals("USED", report.getString("status"));
    }

    @Test
    @Order(3)
    void verificationReportedToOneNodeReleasesDecisionWaitingOnTheOther() throws Exception {
        String token = activateServer().token();
        String username = uniqueUser();
        String application = "it-two-nodes-" + UUID.randomUUID();
        String ruleId = createCachingRule(application);
        try {
            HttpResponse<String> started =
                    http.send(
                            nodeA(),
                            "POST",
                            "/mfa-api/v1/verifications",
                            bearer(token),
                            request(username, application).add("result", "STARTED").build());
            assertEquals(201, started.statusCode(), started::body);
            String verificationId =
                    parse(started.body()).asJsonObject().getString("verificationId");

            Instant asked = Instant.now();
            CompletableFuture<JsonObject> waiting =
                    CompletableFuture.supplyAsync(
                            () -> decide(nodeB.uri(), token, username, application, 10));
            Thread.sleep(1_500);
            assertTrue(!waiting.isDone(), "node B holds the decision while MFA is in progress");

            HttpResponse<String> finished =
                    http.send(
                            nodeA(),
                            "PUT",
                            "/mfa-api/v1/verifications/" + verificationId,
                            bearer(token),
                            Json.createObjectBuilder().add("result", "SUCCEEDED").build());
            assertEquals(200, finished.statusCode(), finished::body);

            JsonObject decision = waiting.get(20, TimeUnit.SECONDS);
            assertEquals("CACHED", decision.getString("outcome"), decision::toString);
            assertEquals(ruleId, decision.getString("ruleId"));
            Duration waited = Duration.between(asked, Instant.now());
            assertTrue(
                    waited.compareTo(Duration.ofSeconds(9)) < 0,
                    () -> "released by the verification, not by the end of the wait: " + waited);
        } finally {
            deleteCachingRule(ruleId);
        }
    }

    @Test
    @Order(4)
    void ruleAndBypassChangesOnOneNodeApplyToTheNextDecisionOnTheOther() {
        String token = activateServer().token();
        String username = uniqueUser();
        String application = "it-two-nodes-" + UUID.randomUUID();
        // Node B decides first, so that it holds its copies of the rules and of the bypass users.
        assertEquals(
                "VERIFY",
                decide(nodeB.uri(), token, username, application, 0).getString("outcome"));
        HttpResponse<String> verified =
                http.send(
                        nodeB.uri(),
                        "POST",
                        "/mfa-api/v1/verifications",
                        bearer(token),
                        request(username, application).add("result", "SUCCEEDED").build());
        assertEquals(201, verified.statusCode(), verified::body);
        assertEquals(
                "VERIFY",
                decide(nodeB.uri(), token, username, application, 0).getString("outcome"),
                "no rule caches anything yet");

        String ruleId = createCachingRule(application);
        JsonObject cached = decide(nodeB.uri(), token, username, application, 0);
        assertEquals("CACHED", cached.getString("outcome"), "a rule created on A caches on B");
        assertEquals(ruleId, cached.getString("ruleId"));

        HttpResponse<String> deleted = deleteCachingRule(ruleId);
        assertEquals(204, deleted.statusCode(), deleted::body);
        assertEquals(
                "VERIFY",
                decide(nodeB.uri(), token, username, application, 0).getString("outcome"),
                "a rule deleted on A stops caching on B");

        grantBypass(username, 300);
        assertEquals(
                "BYPASS",
                decide(nodeB.uri(), token, username, application, 0).getString("outcome"),
                "a bypass granted on A is used on B");
    }

    @Test
    @Order(5)
    void serverDeactivatedOnOneNodeIsRefusedByTheOtherAtOnce() {
        MfaServer server = activateServer();
        assertEquals(
                "VERIFY",
                decide(nodeB.uri(), server.token(), uniqueUser(), "it-app", 0)
                        .getString("outcome"));

        HttpResponse<String> deactivated =
                http.send(
                        nodeA(),
                        "POST",
                        "/mfa-api/v1/admin/servers/" + server.id() + "/deactivate",
                        basic(admin.username(), admin.password()),
                        Json.createObjectBuilder().build());
        assertEquals(200, deactivated.statusCode(), deactivated::body);

        HttpResponse<String> refused =
                http.send(
                        nodeB.uri(),
                        "POST",
                        "/mfa-api/v1/decisions",
                        bearer(server.token()),
                        request(uniqueUser(), "it-app").build());
        assertEquals(401, refused.statusCode(), refused::body);
    }

    @Test
    @Order(6)
    void timersOnBothNodesDoNoHarm() throws Exception {
        String username = uniqueUser();
        JsonObject granted = grantBypass(username, 1);
        String id = granted.getString("id");

        Duration left = Duration.between(Instant.now(), nodeB.startedAt().plus(TIMERS_AT_WORK));
        if (!left.isNegative()) {
            Thread.sleep(left.toMillis());
        }
        JsonObject onA = awaitExpired(nodeA(), id);
        JsonObject onB = bypass(nodeB.uri(), id);
        assertEquals(onA, onB, "both nodes report the same row");
        assertEquals(granted.getString("expiresAt"), onA.getString("endedAt"));

        HttpResponse<String> expired =
                http.send(
                        nodeB.uri(),
                        "GET",
                        "/mfa-api/v1/admin/bypasses?status=EXPIRED&username="
                                + URLEncoder.encode(username, StandardCharsets.UTF_8),
                        basic(admin.username(), admin.password()),
                        null);
        JsonArray rows = parse(expired.body()).asJsonArray();
        assertEquals(1, rows.size(), () -> "one expired bypass: " + rows);

        assertEquals(List.of(), errors(nodeB.log(), 0), "no ERROR in node B's log");
        assertEquals(List.of(), errors(nodeALog(), nodeALogStart), "no ERROR in node A's log");
    }

    /** Timers tidy up every 30 seconds; give a lapsed bypass up to another minute. */
    private JsonObject awaitExpired(URI node, String id) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        JsonObject row = bypass(node, id);
        while (!"EXPIRED".equals(row.getString("status")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(1_000);
            row = bypass(node, id);
        }
        assertEquals("EXPIRED", row.getString("status"), row::toString);
        return row;
    }

    private static List<String> errors(Path log, long from) throws IOException {
        String text = Files.readString(log, StandardCharsets.ISO_8859_1);
        return text.substring((int) Math.min(from, text.length()))
                .lines()
                .filter(line -> line.contains(" ERROR "))
                .toList();
    }

    /** An MFA server activated through node A. */
    private record MfaServer(String id, String token) {}

    private MfaServer activateServer() {
        HttpResponse<String> issued =
                http.send(
                        nodeA(),
                        "POST",
                        "/mfa-api/v1/admin/activation-credentials",
                        basic(admin.username(), admin.password()),
                        Json.createObjectBuilder().build());
        assertEquals(201, issued.statusCode(), issued::body);
        JsonObject credentials = parse(issued.body()).asJsonObject();

        HttpResponse<String> activated =
                http.send(
                        nodeA(),
                        "POST",
                        "/mfa-api/v1/activation",
                        null,
                        Json.createObjectBuilder()
                                .add("email", credentials.getString("accountName"))
                                .add("password", credentials.getString("password"))
                                .add("serverName", "it-two-nodes-" + UUID.randomUUID())
                                .add("hostname", "mfa.example.test")
                                .add("version", "8.0.1")
                                .build());
        assertEquals(201, activated.statusCode(), activated::body);
        JsonObject identity = parse(activated.body()).asJsonObject();
        return new MfaServer(identity.getString("serverId"), identity.getString("token"));
    }

    private JsonObject grantBypass(String username, int seconds) {
        HttpResponse<String> granted =
                http.send(
                        nodeA(),
                        "POST",
                        "/mfa-api/v1/admin/bypasses",
                        basic(admin.username(), admin.password()),
                        Json.createObjectBuilder()
                                .add("username", username)
                                .add("seconds", seconds)
                                .add("reason", "two-node test")
                                .build());
        assertEquals(201, granted.statusCode(), granted::body);
        return parse(granted.body()).asJsonObject();
    }

    private String createCachingRule(String application) {
        HttpResponse<String> created =
                http.send(
                        nodeA(),
                        "POST",
                        "/mfa-api/v1/admin/caching-rules",
                        basic(admin.username(), admin.password()),
                        Json.createObjectBuilder()
                                .add("cacheType", "USER_AND_APPLICATION")
                                .add("seconds", 120)
                                .add("application", application)
                                .build());
        assertEquals(201, created.statusCode(), created::body);
        return parse(created.body()).asJsonObject().getString("id");
    }

    private HttpResponse<String> deleteCachingRule(String ruleId) {
        return http.send(
                nodeA(),
                "DELETE",
                "/mfa-api/v1/admin/caching-rules/" + ruleId,
                basic(admin.username(), admin.password()),
                null);
    }

    private JsonObject bypass(URI node, String id) {
        HttpResponse<String> found =
                http.send(
                        node,
                        "GET",
                        "/mfa-api/v1/admin/bypasses/" + id,
                        basic(admin.username(), admin.password()),
                        null);
        assertEquals(200, found.statusCode(), found::body);
        return parse(found.body()).asJsonObject();
    }

    private JsonObject decide(
            URI node, String token, String username, String application, int waitSeconds) {
        HttpResponse<String> answer =
                http.send(
                        node,
                        "POST",
                        "/mfa-api/v1/decisions?waitSeconds=" + waitSeconds,
                        bearer(token),
                        request(username, application).build());
        assertEquals(200, answer.statusCode(), answer::body);
        return parse(answer.body()).asJsonObject();
    }

    private static jakarta.json.JsonObjectBuilder request(String username, String application) {
        return Json.createObjectBuilder()
                .add("username", username)
                .add("application", application)
                .add("authenticationType", "MOBILE_APP")
                .add("clientIp", "192.0.2.10");
    }

    private static String uniqueUser() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8) + "@two-nodes.example";
    }

    private static URI nodeA() {
        return ApiClient.baseUri();
    }

    private static Path nodeALog() {
        return Path.of(Credentials.required("it.server.log"));
    }

    private static String basic(String username, String password) {
        String pair = username + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static JsonStructure parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    /** JSON over HTTP to either node, with the caller's Authorization header. */
    private static final class Http {

        private final HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        HttpResponse<String> send(
                URI node, String method, String path, String authorization, JsonStructure body) {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(node.resolve(path))
                            .timeout(Duration.ofSeconds(60))
                            .header("Accept", "application/json")
                            .method(
                                    method,
                                    body == null
                                            ? HttpRequest.BodyPublishers.noBody()
                                            : HttpRequest.BodyPublishers.ofString(body.toString()));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            try {
                return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * The second WildFly: the installation of node A with the base directory the build prepared
     * (standalone-postgres.xml included), another port offset, and the EAR in its deployment
     * scanner's directory.
     */
    private record NodeB(Process process, Path base, URI uri, Instant startedAt) {

        static NodeB start() throws IOException, InterruptedException {
            Path home = Path.of(Credentials.required("jboss.home"));
            Path base = Path.of(Credentials.required("it.node.b.home"));
            int offset = Integer.parseInt(Credentials.required("it.node.b.port.offset"));
            Path ear = Path.of(Credentials.required("it.ear.file"));

            URI uri = URI.create("http://localhost:" + (8080 + offset));
            requireFree(uri.getPort());
            requireFree(9990 + offset);

            Path deployments = Files.createDirectories(base.resolve("deployments"));
            try (var old = Files.list(deployments)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
            Files.copy(
                    ear,
                    deployments.resolve("mfa-settings.ear"),
                    StandardCopyOption.REPLACE_EXISTING);

            List<String> command =
                    List.of(
                            home.resolve("bin/standalone.sh").toString(),
                            "-c",
                            "standalone-postgres.xml",
                            "-Djboss.server.base.dir=" + base,
                            "-Djboss.socket.binding.port-offset=" + offset,
                            "-Djava.net.preferIPv4Stack=true",
                            "-Dmfa.datasource=" + Credentials.required("it.postgres.jndi"),
                            "-Dmfa.data.dir=" + base.resolve("mfa-data"),
                            "-Dmfa.bootstrap.admin.username="
                                    + Credentials.required("it.admin.username"),
                            "-Dmfa.bootstrap.admin.password="
                                    + Credentials.required("it.admin.password"));
            ProcessBuilder builder =
                    new ProcessBuilder(command)
                            .redirectErrorStream(true)
                            .redirectOutput(base.resolve("console.log").toFile());
            Map<String, String> env = builder.environment();
            env.put("JBOSS_HOME", home.toString());
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.put("JAVA_OPTS", "-Xms128m -Xmx768m");
            env.remove("JAVA_TOOL_OPTIONS");

            Instant startedAt = Instant.now();
            NodeB node = new NodeB(builder.start(), base, uri, startedAt);
            node.awaitDeployment(deployments, startedAt.plus(NODE_B_START));
            return node;
        }

        /** Another suite on this machine may hold the port; then node A would answer for B. */
        private static void requireFree(int port) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            } catch (IOException e) {
                throw new IllegalStateException(
                        "Port " + port + " is taken; choose another -Dit.node.b.port.offset", e);
            }
        }

        private void awaitDeployment(Path deployments, Instant deadline)
                throws InterruptedException {
            Path deployed = deployments.resolve("mfa-settings.ear.deployed");
            Path failed = deployments.resolve("mfa-settings.ear.failed");
            while (!Files.exists(deployed)) {
                if (Files.exists(failed) || !process.isAlive() || Instant.now().isAfter(deadline)) {
                    stop();
                    throw new IllegalStateException(
                            "Node B did not deploy the EAR; see " + base.resolve("log"));
                }
                Thread.sleep(500);
            }
        }

        Path log() {
            return base.resolve("log/server.log");
        }

        /** standalone.sh runs Java as its child: stop the children, then the script. */
        void stop() {
            List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
            all.add(process.toHandle());
            all.forEach(ProcessHandle::destroy);
            for (ProcessHandle handle : all) {
                try {
                    handle.onExit().get(60, TimeUnit.SECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    handle.destroyForcibly();
                } catch (InterruptedException e) {
                    handle.destroyForcibly();
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
