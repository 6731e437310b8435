package lab.spectra.server.bench;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import lab.spectra.model.auth.Role;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Row;
import lab.spectra.model.id.Ids;
import lab.spectra.model.org.Organization;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.SampleStatus;
import lab.spectra.server.SyncServer;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.metrics.CommandOutcomes;
import lab.spectra.server.metrics.CountedCommandOutcomes;
import lab.spectra.server.metrics.RequestTimings;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.PostgresTestDatabase;

/**
 * What metrics cost per request (ADR 0035): two servers on one PostgreSQL database, alike but
 * for their metrics - off on one, collected (and scraped once a second, as Prometheus would) on
 * the other - take the same load in alternating rounds, so the shared machine's noise falls on
 * both alike. Measures {@code /health} (the cheapest route, where a fixed cost shows most) and a
 * page of 100 samples; prints requests per second of each and the difference.
 *
 * <p>Run as README's Performance section says ({@code exec:java} with this class, after
 * {@code .ci/setup-postgres.sh}); {@code -Dbench.figures=<file>} adds the figures to the table.
 */
public final class MetricsOverheadDriver {

    private static final int CONNECTIONS = 16;
    private static final int ROUNDS = 3;
    private static final int HEALTH_REQUESTS = 20_000;
    private static final int LIST_REQUESTS = 3_000;
    private static final int SAMPLES = 2_000;

    private MetricsOverheadDriver() {}

    private record Target(String name, SyncServer server, String token) {}

    public static void main(String[] args) throws Exception {
        perCallCost();
        try (PostgresTestDatabase postgres = PostgresTestDatabase.createMigrated();
                SyncServer plain = SyncServer.start(DemoServer.config(postgres, false));
                SyncServer metered = SyncServer.start(DemoServer.config(postgres, false).toBuilder()
                        .metrics(Optional.of(ServerConfig.Metrics.onLoopback(0)))
                        .build())) {
            Organization lab = plain.parts().provisioning().createOrganization("overhead", "Overhead lab", null);
            plain.parts()
                    .provisioning()
                    .createUser(
                            lab.id(),
                            "engineer@overhead.test",
                            "Engineer",
                            Role.ENGINEER,
                            plain.parts().passwordHasher().hash("engineer-pw".toCharArray()),
                            null);
            loadSamples(plain, lab);
            List<Target> targets = List.of(
                    new Target("metrics off", plain, token(plain)), new Target("metrics on", metered, token(metered)));
            ScrapeEverySecond scraper =
                    new ScrapeEverySecond(metered.metricsUri().orElseThrow());
            scraper.start();
            Map<String, double[]> health = Map.of("metrics off", new double[ROUNDS], "metrics on", new double[ROUNDS]);
            Map<String, double[]> list = Map.of("metrics off", new double[ROUNDS], "metrics on", new double[ROUNDS]);
            for (Target target : targets) {
                // Warm-up of both paths on both servers: the JIT, the pools.
                rate(target, "/health", 5_000);
                rate(target, "/api/lims/samples?limit=100", 1_000);
            }
            for (int round = 0; round < ROUNDS; round++) {
                // Each goes first in turn: the second of a pair was faster in early runs, whichever it was.
                for (Target target : round % 2 == 0 ? targets : List.of(targets.get(1), targets.get(0))) {
                    health.get(target.name())[round] = rate(target, "/health", HEALTH_REQUESTS);
                    list.get(target.name())[round] = rate(target, "/api/lims/samples?limit=100", LIST_REQUESTS);
                    System.out.printf(
                            "round %d, %-11s: /health %8.0f req/s, samples page %7.0f req/s%n",
                            round + 1, target.name(), health.get(target.name())[round], list.get(target.name())[round]);
                }
            }
            scraper.interrupt();
            System.out.printf("scrapes during the run: %d%n", scraper.scrapes.get());
            report("/health", health);
            report("GET /api/lims/samples?limit=100", list);
        }
    }

    /**
     * The metrics' own work, alone: what recording one request in its route's histogram, and
     * counting one command's answer, cost on this machine, one thread, after a warm-up.
     */
    private static void perCallCost() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        RequestTimings timings = new RequestTimings(registry);
        CountedCommandOutcomes outcomes = new CountedCommandOutcomes(registry);
        CreateSample command = new CreateSample(
                new CommandMeta(Ids.newId(), Ids.newId(), Ids.newId(), Instant.now()),
                Ids.newId(),
                "Counted",
                "C-1",
                null,
                null,
                null);
        CommandResult applied = new CommandResult.Applied(command.meta().commandId(), List.of(), null);
        String[] routes = {"/health", "/api/lims/samples", "/api/lims/samples/{id}", "/sync/push", "/sync/pull"};
        int calls = 3_000_000;
        for (int i = 0; i < calls; i++) {
            timings.record("GET", routes[i % routes.length], 200, 40_000 + i % 1000);
            outcomes.decided(CommandOutcomes.Via.SYNC, command, applied);
        }
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            timings.record("GET", routes[i % routes.length], 200, 40_000 + i % 1000);
        }
        double requestNanos = (System.nanoTime() - start) / (double) calls;
        start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            outcomes.decided(CommandOutcomes.Via.SYNC, command, applied);
        }
        double commandNanos = (System.nanoTime() - start) / (double) calls;
        registry.close();
        BenchFigures.record(BenchFigures.Figure.of(
                "Metrics: one request into its route histogram", requestNanos, "ns", "< 1000 ns"));
        BenchFigures.record(
                BenchFigures.Figure.of("Metrics: one command answer counted by type", commandNanos, "ns", "< 1000 ns"));
    }

    private static void report(String route, Map<String, double[]> rates) {
        double off = median(rates.get("metrics off"));
        double on = median(rates.get("metrics on"));
        System.out.printf(
                "%s, %d connections: %.0f req/s with metrics, %.0f without (%+.1f %%)%n",
                route, CONNECTIONS, on, off, (on - off) / off * 100);
        BenchFigures.record(BenchFigures.Figure.of(
                        route + " with metrics on, " + CONNECTIONS + " connections", on, "req/s", "within 5 % of off")
                .withFloor("The same with metrics off", off));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Requests per second of {@code requests} GETs from {@link #CONNECTIONS} clients; every answer a 200. */
    private static double rate(Target target, String path, int requests) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpRequest request = HttpRequest.newBuilder(target.server().baseUri().resolve(path))
                .header("Authorization", "Bearer " + target.token())
                .GET()
                .build();
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CONNECTIONS);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < CONNECTIONS; i++) {
            running.add(clients.submit(() -> {
                while (next.getAndIncrement() < requests) {
                    int status = client.send(request, HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                    if (status != 200) {
                        throw new IllegalStateException(path + " answered " + status);
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        clients.shutdown();
        return requests / seconds;
    }

    private static String token(SyncServer server) {
        Http.Response response = new Http(server.baseUri())
                .post("/auth/login", null, Map.of("username", "engineer@overhead.test", "password", "engineer-pw"));
        return response.body().get("access_token").asText();
    }

    private static void loadSamples(SyncServer server, Organization lab) {
        Instant now = Instant.now();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            rows.add(new Sample(
                    Ids.newId(),
                    lab.id(),
                    "Overhead sample " + i,
                    "OH-" + i,
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
        server.parts().commands().insertSystemRows(lab.id(), null, "bench:CreateSample", rows);
    }

    /** Prometheus's part: a scrape a second, so the overhead measured includes reading the metrics. */
    private static final class ScrapeEverySecond extends Thread {
        private final URI metrics;
        private final AtomicInteger scrapes = new AtomicInteger();

        ScrapeEverySecond(URI metrics) {
            super("scraper");
            this.metrics = metrics;
            setDaemon(true);
        }

        @Override
        public void run() {
            HttpClient client = HttpClient.newHttpClient();
            while (!isInterrupted()) {
                try {
                    client.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.discarding());
                    scrapes.incrementAndGet();
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
