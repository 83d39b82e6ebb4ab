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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
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
 * concurrent connections for a fixed time, and {@code GET /mfa-api/health/live} the same way, in
 * alternating rounds after a warm-up of each, and prints requests per second and p50/p99 latency of
 * both.
 *
 * <p>The decision mix, {@code bench.mix} as weights {@code cached:bypass:nothing} (default {@code
 * 10:1:9}): users with an open caching window (CACHED), users with a one-time bypass of their own
 * (BYPASS; each bypass user comes once), users with nothing (VERIFY). An administrator grants a
 * one-time bypass for one sign-in, so bypasses are a small share of real decisions; one in twenty
 * is generous. There are {@code bench.bypassUsers} of them (10 000); a bypass user used up answers
 * VERIFY, so the heavy mix of a third each needs more: {@code -Dbench.mix=1:1:1
 * -Dbench.bypassUsers=40000}.
 *
 * <p>Arguments (system properties): {@code bench.glassfish} (the GlassFish Embedded jar), {@code
 * bench.ear}, {@code bench.port} (18080), {@code bench.connections} (32), {@code bench.seconds}
 * (20, for each of the two), {@code bench.rounds} (4), {@code bench.warmup} (60 s: the server's JIT
 * needs that long), {@code bench.mix} (10:1:9), {@code bench.serverOptions} (extra JVM options for
 * the product, e.g. {@code -XX:StartFlightRecording=filename=/tmp/mfa.jfr} to profile it).
 */
public final class DecisionBenchmark {

    private static final String ADMIN = "bench-admin";
    private static final String PASSWORD = "bench-admin-Password-1";
    private static final int CACHED_USERS = 300;
    private static final int BYPASS_USERS = Integer.getInteger("bench.bypassUsers", 10_000);
    private static final int WARMUP_BYPASS_USERS = 200;
    private static final int GRANTING_CONNECTIONS = 4;

    /**
     * HTTP/1.1, so that the concurrent workers really hold that many connections (Java's client
     * would otherwise upgrade to HTTP/2 and multiplex them all over one), as MFA servers connect.
     */
    private final HttpClient http =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();

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
        int warmup = Integer.getInteger("bench.warmup", 60);
        int rounds = Math.max(1, Math.min(seconds, Integer.getInteger("bench.rounds", 4)));
        Mix mix = Mix.parse(System.getProperty("bench.mix", "10:1:9"));

        Path work = Files.createTempDirectory("mfa-bench");
        Process server = start(jar, ear, port, work);
        try {
            DecisionBenchmark bench = new DecisionBenchmark("http://localhost:" + port);
            bench.awaitReady(Duration.ofMinutes(3));
            String token = bench.prepare();

            IntFunction<HttpRequest> warmupMix = bench.decisionMix(token, mix, false);
            IntFunction<HttpRequest> decision = bench.decisionMix(token, mix, true);
            IntFunction<HttpRequest> health =
                    i ->
                            HttpRequest.newBuilder(URI.create(bench.base + "/mfa-api/health/live"))
                                    .GET()
                                    .build();

            bench.drive(warmupMix, connections, warmup);
            bench.drive(health, connections, warmup);
            Result decisions = new Result();
            Result probes = new Result();
            for (int round = 0; round < rounds; round++) {
                decisions.add(bench.drive(decision, connections, seconds / rounds));
                probes.add(bench.drive(health, connections, seconds / rounds));
            }

            System.out.printf(
                    "%nMachine: %d cores, Java %s, %s %s%n",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"),
                    System.getProperty("os.name"),
                    System.getProperty("os.arch"));
            System.out.printf(
                    "Connections: %d, measured for %d s each in %d alternating rounds;"
                            + " decision mix %s%n",
                    connections, (seconds / rounds) * rounds, rounds, mix);
            System.out.println(Result.HEADER);
            System.out.println(decisions.line("POST /mfa-api/v1/decisions"));
            for (String outcome : decisions.byOutcome().keySet()) {
                System.out.println(decisions.outcomeLine(outcome));
            }
            System.out.println(probes.line("GET /mfa-api/health/live"));
            System.out.printf(
                    "Decisions reach %.0f %% of the health probe's throughput%n",
                    100.0 * decisions.perSecond() / probes.perSecond());
            long[] used = decisions.byOutcome().getOrDefault("BYPASS", new long[0]);
            if (used.length >= BYPASS_USERS) {
                System.out.printf(
                        "Every bypass user's bypass was used: the later bypass requests answered"
                                + " VERIFY. Raise -Dbench.bypassUsers above %d.%n",
                        BYPASS_USERS);
            }
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private static Process start(Path jar, Path ear, int port, Path work) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx2g");
        for (String option : System.getProperty("bench.serverOptions", "").trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        command.addAll(
                List.of(
                        "-jar",
                        jar.toAbsolutePath().toString(),
                        "--httpPort=" + port,
                        ear.toAbsolutePath().toString()));
        ProcessBuilder builder =
                new ProcessBuilder(command)
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
    private String prepare() throws IOException, InterruptedException, ExecutionException {
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
        grantBypasses();
        return token;
    }

    /** One bypass for each bypass user, granted from several connections to save time. */
    private void grantBypasses() throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(GRANTING_CONNECTIONS);
        try {
            List<Future<String>> grants = new ArrayList<>();
            for (int i = 0; i < BYPASS_USERS + WARMUP_BYPASS_USERS; i++) {
                String user =
                        i < BYPASS_USERS ? "bypass" + i : "warmup-bypass" + (i - BYPASS_USERS);
                grants.add(
                        pool.submit(
                                () ->
                                        admin(
                                                "POST",
                                                "/mfa-api/v1/admin/bypasses",
                                                "{\"username\":\""
                                                        + user
                                                        + "@bench.example\",\"seconds\":3600,"
                                                        + "\"reason\":\"benchmark\"}")));
            }
            for (Future<String> grant : grants) {
                grant.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Request {@code i} of the mix. Each bypass user comes once, so that every measured bypass
     * request can use a bypass of its own; the warm-up has bypass users of its own, which it uses
     * up and then keeps asking for (the bypass query runs, finds nothing, answers VERIFY).
     */
    private IntFunction<HttpRequest> decisionMix(String token, Mix mix, boolean measured) {
        AtomicLong bypassUsers = new AtomicLong();
        return i -> {
            int slot = i % mix.total();
            String user;
            if (slot < mix.cached()) {
                user = "cached" + i % CACHED_USERS;
            } else if (slot < mix.cached() + mix.bypass()) {
                long n = bypassUsers.getAndIncrement();
                user =
                        measured
                                ? "bypass" + n % BYPASS_USERS
                                : "warmup-bypass" + n % WARMUP_BYPASS_USERS;
            } else {
                user = "nobody" + i;
            }
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

    /** Latencies by outcome of the requests answered in {@code seconds}. */
    private Round drive(IntFunction<HttpRequest> requests, int connections, int seconds)
            throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong sequence = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<Map<String, Latencies>>> workers = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            workers.add(
                    pool.submit(
                            () -> {
                                Map<String, Latencies> byOutcome = new HashMap<>();
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
                                    byOutcome
                                            .computeIfAbsent(
                                                    outcomeOf(response.body()),
                                                    o -> new Latencies())
                                            .add(took);
                                }
                                return byOutcome;
                            }));
        }
        Round round = new Round(seconds, new TreeMap<>());
        for (Future<Map<String, Latencies>> worker : workers) {
            worker.get()
                    .forEach(
                            (outcome, latencies) ->
                                    round.byOutcome()
                                            .computeIfAbsent(outcome, o -> new Latencies())
                                            .addAll(latencies));
        }
        pool.shutdown();
        return round;
    }

    private record Round(int seconds, Map<String, Latencies> byOutcome) {}

    /** One worker's latencies in nanoseconds, growing as needed. */
    private static final class Latencies {
        private long[] nanos = new long[1 << 12];
        private int count;

        void add(long took) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = took;
        }

        void addAll(Latencies other) {
            for (int i = 0; i < other.count; i++) {
                add(other.nanos[i]);
            }
        }

        long[] sorted() {
            long[] copy = Arrays.copyOf(nanos, count);
            Arrays.sort(copy);
            return copy;
        }
    }

    /** Weights of the three kinds of user in the decision mix. */
    private record Mix(int cached, int bypass, int nothing) {

        static Mix parse(String text) {
            String[] parts = text.split(":");
            if (parts.length != 3) {
                throw new IllegalArgumentException("bench.mix is cached:bypass:nothing: " + text);
            }
            Mix mix =
                    new Mix(
                            Integer.parseInt(parts[0].trim()),
                            Integer.parseInt(parts[1].trim()),
                            Integer.parseInt(parts[2].trim()));
            if (mix.cached() < 0 || mix.bypass() < 0 || mix.nothing() < 0 || mix.total() == 0) {
                throw new IllegalArgumentException("bench.mix needs weights >= 0: " + text);
            }
            return mix;
        }

        int total() {
            return cached + bypass + nothing;
        }

        @Override
        public String toString() {
            return String.format(
                    "%.0f %% open window, %.0f %% bypass, %.0f %% nothing",
                    100.0 * cached / total(), 100.0 * bypass / total(), 100.0 * nothing / total());
        }
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

    /**
     * The rounds of one kind of request, added up. Decisions and health probes are measured in
     * alternating rounds, so that a change in the machine's speed during the run (other tenants, a
     * garbage collection, the JIT) weighs on both alike.
     */
    private static final class Result {

        static final String HEADER =
                String.format("%-30s %12s %10s %10s", "", "requests/s", "p50 ms", "p99 ms");

        private final Map<String, Latencies> merged = new TreeMap<>();
        private int seconds;

        void add(Round round) {
            seconds += round.seconds();
            round.byOutcome()
                    .forEach(
                            (outcome, latencies) ->
                                    merged.computeIfAbsent(outcome, o -> new Latencies())
                                            .addAll(latencies));
        }

        Map<String, long[]> byOutcome() {
            Map<String, long[]> sorted = new TreeMap<>();
            merged.forEach((outcome, latencies) -> sorted.put(outcome, latencies.sorted()));
            return sorted;
        }

        long[] all() {
            return byOutcome().values().stream().flatMapToLong(Arrays::stream).sorted().toArray();
        }

        double perSecond() {
            return (double) all().length / seconds;
        }

        String line(String name) {
            long[] all = all();
            return String.format(
                    "%-30s %12.0f %10.2f %10.2f",
                    name,
                    (double) all.length / seconds,
                    percentileMillis(all, 0.50),
                    percentileMillis(all, 0.99));
        }

        String outcomeLine(String outcome) {
            long[] nanos = byOutcome().get(outcome);
            return String.format(
                    "%-30s %12.0f %10.2f %10.2f",
                    "  answered " + outcome,
                    (double) nanos.length / seconds,
                    percentileMillis(nanos, 0.50),
                    percentileMillis(nanos, 0.99));
        }

        static double percentileMillis(long[] sortedNanos, double p) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int index =
                    (int) Math.min(sortedNanos.length - 1, Math.ceil(p * sortedNanos.length) - 1);
            return sortedNanos[Math.max(0, index)] / 1_000_000.0;
        }
    }
}
