package org.mfasettings.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts the product as its README's run command does (GlassFish Embedded, embedded Derby, a fresh
 * data directory), activates an MFA server and drives {@code POST /mfa-api/v1/decisions} from many
 * concurrent connections for a fixed time, then {@code GET /mfa-api/health/live} the same way, and
 * prints requests per second and p50/p99 latency of both.
 *
 * <p>The decision mix: a third of the requests are for users with an open caching window (CACHED),
 * a third for users with a one-time bypass (BYPASS the first time, VERIFY after), a third for users
 * with nothing (VERIFY).
 *
 * <p>Arguments (system properties): {@code bench.glassfish} (the GlassFish Embedded jar), {@code
 * bench.ear}, {@code bench.port} (18080), {@code bench.connections} (32), {@code bench.seconds}
 * (20), {@code bench.warmup} (5).
 */
public final class DecisionBenchmark {

    private static final String ADMIN = "bench-admin";
    private static final String PASSWORD = "bench-admin-Password-1";
    private static final int CACHED_USERS = 300;
    private static final int BYPASS_USERS = 3_000;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    private DecisionBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(required("bench.glassfish"));
        Path ear = Path.of(required("bench.ear"));
        int port = Integer.getInteger("bench.port", 18080);
        int connections = Integer.getInteger("bench.connections", 32);
        int seconds = Integer.getInteger("bench.seconds", 20);
        int warmup = Integer.getInteger("bench.warmup", 5);

        Path work = Files.createTempDirectory("mfa-bench");
        Process server = start(jar, ear, port, work);
        try {
            DecisionBenchmark bench = new DecisionBenchmark("http://localhost:" + port);
            bench.awaitReady(Duration.ofMinutes(3));
            String token = bench.prepare();

            IntFunction<HttpRequest> warmupMix = bench.decisionMix(token, false);
            IntFunction<HttpRequest> decision = bench.decisionMix(token, true);
            IntFunction<HttpRequest> health =
                    i ->
                            HttpRequest.newBuilder(URI.create(bench.base + "/mfa-api/health/live"))
                                    .GET()
                                    .build();

            bench.drive(warmupMix, connections, warmup);
            Result decisions = bench.drive(decision, connections, seconds);
            bench.drive(health, connections, warmup);
            Result probes = bench.drive(health, connections, seconds);

            System.out.printf(
                    "%nMachine: %d cores, Java %s, %s %s%n",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"),
                    System.getProperty("os.name"),
                    System.getProperty("os.arch"));
            System.out.printf("Connections: %d, measured for %d s each%n", connections, seconds);
            System.out.println(Result.HEADER);
            System.out.println(decisions.line("POST /mfa-api/v1/decisions"));
            System.out.println(probes.line("GET /mfa-api/health/live"));
            System.out.printf(
                    "Outcomes: %s%nDecisions reach %.0f %% of the health probe's throughput%n",
                    decisions.outcomes(), 100.0 * decisions.perSecond() / probes.perSecond());
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private static Process start(Path jar, Path ear, int port, Path work) throws IOException {
        ProcessBuilder builder =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Xmx2g",
                                "-jar",
                                jar.toAbsolutePath().toString(),
                                "--httpPort=" + port,
                                ear.toAbsolutePath().toString())
                        .directory(work.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(work.resolve("server.log").toFile());
        builder.environment().put("MFA_DATA_DIR", work.resolve("data").toString());
        builder.environment().put("MFA_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        builder.environment().put("MFA_BOOTSTRAP_ADMIN_PASSWORD", PASSWORD);
        System.out.println("Starting the product; its log: " + work.resolve("server.log"));
        return builder.start();
    }

    private void awaitReady(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> ready =
                        http.send(
                                HttpRequest.newBuilder(URI.create(base + "/mfa-api/health/ready"))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("The product did not become ready in " + limit);
    }

    /** Activates a server and gives a third of the users an open window, a third a bypass. */
    private String prepare() throws IOException, InterruptedException {
        admin(
                "POST",
                "/mfa-api/v1/admin/caching-rules",
                "{\"cacheType\":\"USER\",\"seconds\":3600}");
        String credentials = admin("POST", "/mfa-api/v1/admin/activation-credentials", "{}");
        String activation =
                send(
                        "POST",
                        "/mfa-api/v1/activation",
                        null,
                        String.format(
                                "{\"email\":\"%s\",\"password\":\"%s\",\"serverName\":\"bench\","
                                        + "\"hostname\":\"bench.local\",\"version\":\"8.1\"}",
                                field(credentials, "accountName"), field(credentials, "password")));
        String token = field(activation, "token");
        for (int i = 0; i < CACHED_USERS; i++) {
            send(
                    "POST",
                    "/mfa-api/v1/verifications",
                    "Bearer " + token,
                    "{\"username\":\"cached"
                            + i
                            + "@bench.example\",\"application\":\"vpn\","
                            + "\"clientIp\":\"10.0.0.1\",\"result\":\"SUCCEEDED\"}");
        }
        for (int i = 0; i < BYPASS_USERS; i++) {
            admin(
                    "POST",
                    "/mfa-api/v1/admin/bypasses",
                    "{\"username\":\"bypass"
                            + i
                            + "@bench.example\",\"seconds\":3600,\"reason\":\"benchmark\"}");
        }
        return token;
    }

    /** Each bypass user comes once, so that every third request uses a bypass of its own. */
    private IntFunction<HttpRequest> decisionMix(String token, boolean withBypasses) {
        AtomicLong bypassUsers = new AtomicLong();
        return i -> {
            String user =
                    switch (i % 3) {
                        case 0 -> "cached" + (i / 3) % CACHED_USERS;
                        case 1 ->
                                withBypasses
                                        ? "bypass" + bypassUsers.getAndIncrement() % BYPASS_USERS
                                        : "nobody" + (i / 3);
                        default -> "nobody" + (i / 3);
                    };
            user = user + "@bench.example";
            String body =
                    "{\"username\":\""
                            + user
                            + "\",\"application\":\"vpn\",\"authenticationType\":\"MOBILE_APP\","
                            + "\"clientIp\":\"10.0.0.1\"}";
            return HttpRequest.newBuilder(URI.create(base + "/mfa-api/v1/decisions"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
        };
    }

    private Result drive(IntFunction<HttpRequest> requests, int connections, int seconds)
            throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong sequence = new AtomicLong();
        Map<String, Long> outcomes = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<long[]>> workers = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            workers.add(
                    pool.submit(
                            () -> {
                                long[] latencies = new long[1 << 16];
                                int count = 0;
                                while (System.nanoTime() < end) {
                                    HttpRequest request =
                                            requests.apply((int) sequence.getAndIncrement());
                                    long start = System.nanoTime();
                                    HttpResponse<String> response =
                                            http.send(
                                                    request, HttpResponse.BodyHandlers.ofString());
                                    long took = System.nanoTime() - start;
                                    if (response.statusCode() >= 300) {
                                        throw new IllegalStateException(
                                                response.statusCode() + " " + response.body());
                                    }
                                    outcomes.merge(outcomeOf(response.body()), 1L, Long::sum);
                                    if (count == latencies.length) {
                                        latencies = Arrays.copyOf(latencies, count * 2);
                                    }
                                    latencies[count++] = took;
                                }
                                return Arrays.copyOf(latencies, count);
                            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> worker : workers) {
            all.add(worker.get());
        }
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(merged, seconds, outcomes);
    }

    private static final Pattern OUTCOME = Pattern.compile("\"outcome\":\"([A-Z]+)\"");

    private static String outcomeOf(String body) {
        Matcher matcher = OUTCOME.matcher(body);
        return matcher.find() ? matcher.group(1) : "probe";
    }

    private String admin(String method, String path, String body)
            throws IOException, InterruptedException {
        String basic =
                Base64.getEncoder()
                        .encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return send(method, path, "Basic " + basic, body);
    }

    private String send(String method, String path, String authorization, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response =
                http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + response.body());
        }
        return response.body();
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return matcher.group(1);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalArgumentException("Set -D" + property);
        }
        return value;
    }

    private record Result(long[] sortedNanos, int seconds, Map<String, Long> outcomes) {

        static final String HEADER =
                String.format("%-30s %12s %10s %10s", "", "requests/s", "p50 ms", "p99 ms");

        double perSecond() {
            return (double) sortedNanos.length / seconds;
        }

        double percentileMillis(double p) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int index =
                    (int) Math.min(sortedNanos.length - 1, Math.ceil(p * sortedNanos.length) - 1);
            return sortedNanos[Math.max(0, index)] / 1_000_000.0;
        }

        String line(String name) {
            return String.format(
                    "%-30s %12.0f %10.2f %10.2f",
                    name, perSecond(), percentileMillis(0.50), percentileMillis(0.99));
        }
    }
}
