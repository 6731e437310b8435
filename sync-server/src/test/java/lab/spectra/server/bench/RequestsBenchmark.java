package lab.spectra.server.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * <p>Bounded: each measure sends a fixed number of requests ({@code -Drequests=}, 20,000 by
 * default) after a warm-up, over 50 persistent connections ({@code -Dconnections=}), and every
 * answer must be a 200. Run with {@code mvn -q -pl sync-server exec:java -Dexec.classpathScope=test
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
            printHeader();
            Measured health = measure(port, HEALTH, i -> "/health", null);
            Measured me = measure(port, AUTH_ME, i -> "/auth/me", token);
            Measured first = measure(port, FIRST_PAGE, i -> "/api/lims/samples?limit=100", token);
            Measured deep = measure(
                    port,
                    DEEP_PAGE,
                    i -> "/api/lims/samples?limit=100&cursor=" + ids.get(deepPosition(ids.size())),
                    token);
            Measured filtered = measure(
                    port,
                    FILTERED_PAGE,
                    i -> "/api/lims/samples?limit=100&barcode=L-"
                            + (1 + ThreadLocalRandom.current().nextInt(SAMPLES)),
                    token);
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
