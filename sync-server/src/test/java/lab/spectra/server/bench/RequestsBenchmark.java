package lab.spectra.server.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import lab.spectra.model.auth.Role;
import lab.spectra.model.command.Row;
import lab.spectra.model.id.Ids;
import lab.spectra.model.org.Organization;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.SampleStatus;
import lab.spectra.server.SyncServer;
import lab.spectra.server.auth.token.SigningAlgorithm;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.PostgresTestDatabase;

/**
 * Part R of the performance table: {@code GET /api/lims/samples?limit=100} under 50 concurrent
 * connections on a server holding 100,000 samples (PostgreSQL on loopback, ES256 access tokens as
 * in production), for the first page, a deep keyset page and a filtered page, against {@code
 * /health} (the floor: the HTTP stack alone) and {@code /auth/me} (authentication alone).
 *
 * <p>Two drivers, named in the output. With {@code wrk} on the PATH (see {@link WrkDriver}), each
 * measure runs wrk for {@code -Dseconds=} (5 by default) after a 2-second warm-up, with 2 threads
 * over 50 connections ({@code -Dconnections=}); the deep and filtered pages walk distinct cursors
 * and barcodes, so the answer cache serves none of them (the output says how many repeats a long
 * run could have), while the first page is the same request each time and is served from it.
 * Without wrk, or with {@code -Dbench.driver=java}, the Java driver sends a fixed number of
 * requests ({@code -Drequests=}, 20,000 by default) after a warm-up, at random deep cursors and
 * barcodes; it shares the 2 cores with the server and measures less than wrk. Either way every
 * answer must be a 2xx. Run with {@code mvn -q -pl sync-server exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=lab.spectra.server.bench.RequestsBenchmark} (as the other server harnesses),
 * after {@code .ci/setup-postgres.sh}. Figures go through {@link BenchFigures}.
 */
public final class RequestsBenchmark {

    static final String FIRST_PAGE = "GET /api/lims/samples?limit=100, first page, 50 connections";
    static final String DEEP_PAGE = "GET /api/lims/samples?limit=100, deep keyset page, 50 connections";
    static final String FILTERED_PAGE = "GET /api/lims/samples?limit=100, filtered page, 50 connections";
    static final String HEALTH = "/health, 50 connections";
    static final String AUTH_ME = "/auth/me, 50 connections";
    private static final String RATE_GOAL = "≥ 5000 req/s";
    private static final String P99_GOAL = "< 30 ms";

    private static final int SAMPLES = Integer.getInteger("samples", 100_000);
    private static final int REQUESTS = Integer.getInteger("requests", 20_000);
    private static final int CONNECTIONS = Integer.getInteger("connections", 50);
    private static final int SECONDS = Integer.getInteger("seconds", 5);
    private static final int WARM_UP_SECONDS = 2;
    private static final int WARM_UP_TARGETS = 10_000;

    /** One measure's outcome. */
    record Measured(double requestsPerSecond, double p50Millis, double p99Millis) {}

    private RequestsBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (PostgresTestDatabase postgres = PostgresTestDatabase.createMigrated();
                SyncServer server = SyncServer.start(es256(DemoServer.config(postgres, false)))) {
            Http http = new Http(server.baseUri());
            Organization organization = server.parts().provisioning().createOrganization("bench", "Bench lab", null);
            server.parts()
                    .provisioning()
                    .createUser(
                            organization.id(),
                            "tech@bench.test",
                            "Tech",
                            Role.TECHNICIAN,
                            server.parts().passwordHasher().hash("tech-pw".toCharArray()),
                            null);
            List<UUID> ids = loadSamples(server, organization);
            // As autovacuum would have by now in a lab that grew to this size: without statistics
            // the planner takes the freshly filled table for a small one, and whether autovacuum
            // had run before the deep pages were measured changed them tenfold.
            postgres.analyze("samples");
            String token = http.post("/auth/login", null, Map.of("username", "tech@bench.test", "password", "tech-pw"))
                    .body()
                    .get("access_token")
                    .asText();
            int port = server.baseUri().getPort();
            System.out.printf(
                    Locale.ROOT,
                    "SPECTRA-Lab requests benchmark: PostgreSQL on loopback, %,d samples, %d connections, %,d requests"
                            + " a measure, %d cores, load average %s%n",
                    SAMPLES,
                    CONNECTIONS,
                    REQUESTS,
                    Runtime.getRuntime().availableProcessors(),
                    loadAverage());
            Optional<WrkDriver> wrk = WrkDriver.ifInstalled(CONNECTIONS, SECONDS);
            System.out.println(
                    "driver: "
                            + wrk.map(WrkDriver::describe)
                                    .orElse(
                                            "Java (RequestsBenchmark's own, sharing the cores; -Dbench.driver=java or no wrk)"));
            printHeader();
            Measured health;
            Measured me;
            Measured first;
            Measured deep;
            Measured filtered;
            if (wrk.isPresent()) {
                WrkDriver driver = wrk.get();
                health = measureWithWrk(driver, port, HEALTH, List.of("/health"), null);
                me = measureWithWrk(driver, port, AUTH_ME, List.of("/auth/me"), token);
                first = measureWithWrk(driver, port, FIRST_PAGE, List.of("/api/lims/samples?limit=100"), token);
                deep = measureWithWrk(driver, port, DEEP_PAGE, deepPageTargets(ids), token);
                filtered = measureWithWrk(driver, port, FILTERED_PAGE, filteredPageTargets(), token);
            } else {
                health = measure(port, HEALTH, i -> "/health", null);
                me = measure(port, AUTH_ME, i -> "/auth/me", token);
                first = measure(port, FIRST_PAGE, i -> "/api/lims/samples?limit=100", token);
                deep = measure(
                        port,
                        DEEP_PAGE,
                        i -> "/api/lims/samples?limit=100&cursor=" + ids.get(deepPosition(ids.size())),
                        token);
                filtered = measure(
                        port,
                        FILTERED_PAGE,
                        i -> "/api/lims/samples?limit=100&barcode=L-"
                                + (1 + ThreadLocalRandom.current().nextInt(SAMPLES)),
                        token);
            }
            BenchFigures.record(BenchFigures.Figure.of(HEALTH, health.requestsPerSecond(), "req/s", ""));
            BenchFigures.record(BenchFigures.Figure.of(AUTH_ME, me.requestsPerSecond(), "req/s", "")
                    .withFloor(HEALTH, health.requestsPerSecond()));
            for (Map.Entry<String, Measured> page : List.of(
                    Map.entry(FIRST_PAGE, first), Map.entry(DEEP_PAGE, deep), Map.entry(FILTERED_PAGE, filtered))) {
                BenchFigures.record(
                        BenchFigures.Figure.of(page.getKey(), page.getValue().requestsPerSecond(), "req/s", RATE_GOAL)
                                .withFloor(HEALTH, health.requestsPerSecond()));
                BenchFigures.record(BenchFigures.Figure.of(
                        page.getKey() + " p99", page.getValue().p99Millis(), "ms", P99_GOAL));
            }
        }
    }

    /** The same development set-up, but with ES256 access tokens as a production server signs them. */
    private static ServerConfig es256(ServerConfig config) throws IOException {
        ServerConfig.Tokens tokens = config.tokens();
        Path keys = Files.createTempDirectory("spectra-bench-keys-").resolve("jwks.json");
        return config.toBuilder()
                .tokens(new ServerConfig.Tokens(
                        tokens.issuer(),
                        tokens.audience(),
                        SigningAlgorithm.ES256,
                        "",
                        keys,
                        tokens.accessTokenLifetime(),
                        tokens.refreshTokenLifetime()))
                .build();
    }

    /**
     * Runs wrk a few seconds to warm up on the last {@value #WARM_UP_TARGETS} targets, then measures
     * on the others, each asked once (unless the run outlasts them: then the answer cache may serve
     * the repeats, and the output says how many there could be).
     */
    private static Measured measureWithWrk(WrkDriver driver, int port, String name, List<String> targets, String token)
            throws IOException {
        List<String> measured = targets;
        List<String> warmUp = targets;
        if (targets.size() > 2 * WARM_UP_TARGETS) {
            measured = targets.subList(0, targets.size() - WARM_UP_TARGETS);
            warmUp = targets.subList(targets.size() - WARM_UP_TARGETS, targets.size());
        }
        driver.run(port, warmUp, token, 0, WARM_UP_SECONDS);
        long cpuBefore = processCpuNanos();
        WrkDriver.Run run = driver.measure(port, measured, token, 0);
        double cpuMicrosPerRequest = (processCpuNanos() - cpuBefore) / 1e3 / run.requests();
        System.out.printf(
                Locale.ROOT,
                "%-68s %9d %8.1f %8.1f %8s %10.0f  server CPU %.0f µs/request; %s%n",
                name,
                run.requests(),
                run.p50Millis(),
                run.p99Millis(),
                "-",
                run.requestsPerSecond(),
                cpuMicrosPerRequest,
                measured.size() == 1
                        ? "one target"
                        : String.format(
                                Locale.ROOT,
                                "%,d distinct targets: at most %,d repeats the answer cache could serve",
                                measured.size(),
                                Math.max(0, run.requests() - measured.size())));
        return new Measured(run.requestsPerSecond(), run.p50Millis(), run.p99Millis());
    }

    /**
     * CPU time of this process (the server; the harness idles while wrk runs): per request, a
     * figure that depends less on what else the shared machine runs than the rate does.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Every deep page's cursor once, in a fixed shuffled order (the same on every run). */
    private static List<String> deepPageTargets(List<UUID> ids) {
        List<String> targets = new ArrayList<>();
        for (int position = ids.size() / 2; position < ids.size() - 100; position++) {
            targets.add("/api/lims/samples?limit=100&cursor=" + ids.get(position));
        }
        Collections.shuffle(targets, new Random(19));
        return targets;
    }

    /** Every sample's barcode once, in a fixed shuffled order. */
    private static List<String> filteredPageTargets() {
        List<String> targets = new ArrayList<>();
        for (int n = 1; n <= SAMPLES; n++) {
            targets.add("/api/lims/samples?limit=100&barcode=L-" + n);
        }
        Collections.shuffle(targets, new Random(19));
        return targets;
    }

    /** A page somewhere in the second half of the list: the keyset must not read what it skips. */
    private static int deepPosition(int size) {
        return size / 2 + ThreadLocalRandom.current().nextInt(size / 2 - 100);
    }

    private static void printHeader() {
        System.out.printf(
                Locale.ROOT, "%-68s %9s %8s %8s %8s %10s%n", "request", "count", "p50 ms", "p99 ms", "max ms", "req/s");
    }

    /**
     * Sends {@link #REQUESTS} requests over {@link #CONNECTIONS} persistent connections, each taking
     * the next request as soon as its answer has been read; a tenth as many first, to warm up.
     */
    static Measured measure(int port, String name, IntFunction<String> path, String token) throws Exception {
        run(port, REQUESTS / 10, path, token, new long[REQUESTS / 10]);
        long[] nanos = new long[REQUESTS];
        long start = System.nanoTime();
        run(port, REQUESTS, path, token, nanos);
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        Measured measured = new Measured(REQUESTS / seconds, percentile(nanos, 0.50), percentile(nanos, 0.99));
        System.out.printf(
                Locale.ROOT,
                "%-68s %9d %8.1f %8.1f %8.1f %10.0f%n",
                name,
                REQUESTS,
                measured.p50Millis(),
                measured.p99Millis(),
                nanos[nanos.length - 1] / 1e6,
                measured.requestsPerSecond());
        return measured;
    }

    private static void run(int port, int requests, IntFunction<String> path, String token, long[] nanos)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CONNECTIONS; c++) {
                running.add(clients.submit(() -> {
                    try (KeepAliveConnection connection = new KeepAliveConnection(port)) {
                        for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                            String target = path.apply(i);
                            long begin = System.nanoTime();
                            int status = connection.get(target, token);
                            nanos[i] = System.nanoTime() - begin;
                            if (status != 200) {
                                throw new IllegalStateException(target + " answered " + status);
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clients.shutdown();
        }
    }

    private static double percentile(long[] sorted, double fraction) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * fraction))] / 1e6;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static List<UUID> loadSamples(SyncServer server, Organization organization) {
        List<UUID> ids = new ArrayList<>(SAMPLES);
        Instant now = Instant.now();
        for (int batch = 0; batch < SAMPLES / 1000; batch++) {
            List<Row> rows = new ArrayList<>(1000);
            for (int i = 0; i < 1000; i++) {
                UUID id = Ids.newId();
                ids.add(id);
                rows.add(new Sample(
                        id,
                        organization.id(),
                        "Load sample " + ids.size(),
                        "L-" + ids.size(),
                        null,
                        "Cabinet",
                        SampleStatus.AVAILABLE,
                        null,
                        null,
                        null,
                        now,
                        now,
                        null,
                        1,
                        null,
                        null));
            }
            server.parts().commands().insertSystemRows(organization.id(), null, "bench:CreateSample", rows);
        }
        return ids;
    }
}
