package lab.spectra.server.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import lab.spectra.model.auth.Role;
import lab.spectra.model.command.Row;
import lab.spectra.model.id.Ids;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.org.Organization;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.RunStatus;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.SampleStatus;
import lab.spectra.model.spc.ChartType;
import lab.spectra.model.spc.RuleNumbering;
import lab.spectra.model.spc.SpcPoint;
import lab.spectra.model.spc.SpcSeries;
import lab.spectra.server.SyncServer;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.PostgresTestDatabase;

/**
 * The seeds' benchmark "SPC series last 1000 points" (seeds: p50 35 ms, p99 95 ms): a real server
 * on PostgreSQL, one series of {@value #POINTS} points spread over {@value #RUNS} runs (each with
 * its sample and operator, which the chart joins in), limits frozen and all eight rules on, and
 * {@code GET /api/analysis/spc/series/{id}/chart?last=1000} asked by one and by four clients. Not a
 * test: it prints p50, p99, max and requests per second, each request timed from sending to its
 * last byte received (the client's parsing is not the server's time). Bounded: a fixed number of
 * requests.
 *
 * <p>Run from the repository root after {@code .ci/setup-postgres.sh}:
 *
 * <pre>
 * mvn -q -pl sync-server -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
 * java -cp "sync-server/target/test-classes:sync-server/target/classes:shared-model/target/classes:$(cat sync-server/target/bench.classpath)" \
 *     lab.spectra.server.bench.SpcChartLoadDriver
 * </pre>
 */
public final class SpcChartLoadDriver {

    private static final int POINTS = 1_200;
    private static final int RUNS = 100;
    private static final int LAST = 1_000;

    private SpcChartLoadDriver() {}

    public static void main(String[] args) throws Exception {
        try (PostgresTestDatabase postgres = PostgresTestDatabase.createMigrated();
                SyncServer server = SyncServer.start(DemoServer.config(postgres, false))) {
            Http http = new Http(server.baseUri());
            Organization organization =
                    server.parts().provisioning().createOrganization("spc-bench", "SPC bench lab", null);
            for (String person : List.of("admin", "pi", "engineer", "tech")) {
                server.parts()
                        .provisioning()
                        .createUser(
                                organization.id(),
                                person + "@spc-bench.test",
                                person,
                                Role.fromWireName(person.equals("tech") ? "technician" : person),
                                server.parts().passwordHasher().hash((person + "-pw").toCharArray()),
                                null);
            }
            String admin = token(http, "admin");
            String engineer = token(http, "engineer");
            String viewer = token(http, "tech");
            String instrument =
                    id(http.post("/api/analysis/instruments", admin, Map.of("name", "SMU-B", "kind", "smu")));
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            id(http.post(
                    "/api/analysis/calibrations",
                    admin,
                    Map.of(
                            "instrument_id",
                            instrument,
                            "certificate_number",
                            "B-1",
                            "issued_at",
                            now.minus(Duration.ofDays(400)).toString(),
                            "expires_at",
                            now.plus(Duration.ofDays(300)).toString())));
            String recipe = id(http.post(
                    "/api/lims/recipes",
                    engineer,
                    Map.of("name", "IV sweep", "instrument_kind", "smu", "parameters", Map.of())));
            http.post("/api/lims/recipes/" + recipe + "/approve", token(http, "pi"), Map.of("expected_row_version", 1));
            UUID operator = server.parts()
                    .provisioning()
                    .createUser(
                            organization.id(),
                            "operator@spc-bench.test",
                            "Olga Operator",
                            Role.TECHNICIAN,
                            server.parts().passwordHasher().hash("operator-pw".toCharArray()),
                            null)
                    .id();
            List<UUID> runs =
                    seedRuns(server, organization, UUID.fromString(recipe), UUID.fromString(instrument), operator, now);
            UUID series = seedSeries(server, organization, UUID.fromString(instrument), runs, now);

            System.out.println("SPECTRA-Lab SPC chart driver: PostgreSQL on loopback, one series of " + POINTS
                    + " points over " + RUNS + " runs, " + Runtime.getRuntime().availableProcessors() + " cores");
            LoadMeasure.printHeader();
            String chart = "/api/analysis/spc/series/" + series + "/chart?last=" + LAST;
            Http.Response answer = http.get(chart, viewer);
            System.out.println("One answer: " + answer.raw().body().length() + " characters, "
                    + answer.body().get("points").size() + " points, "
                    + answer.body().get("violations").size() + " violations");
            LoadMeasure.measure("GET .../chart?last=1000, 1 client", 300, 1, 30, i -> http.download(chart, viewer)
                    .statusCode());
            LoadMeasure.measure("GET .../chart?last=1000, 4 clients", 600, 4, 30, i -> http.download(chart, viewer)
                    .statusCode());
        }
    }

    /** Finished runs, each on a sample of its own, inserted directly (the chart only reads them). */
    private static List<UUID> seedRuns(
            SyncServer server, Organization organization, UUID recipe, UUID instrument, UUID operator, Instant now) {
        List<Row> rows = new ArrayList<>();
        List<UUID> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            UUID sample = Ids.newId();
            rows.add(new Sample(
                    sample,
                    organization.id(),
                    "Bench wafer " + i,
                    "SPC-B-" + i,
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
            UUID run = Ids.newId();
            Instant started = now.minus(Duration.ofHours(RUNS - i));
            rows.add(new Run(
                    run,
                    organization.id(),
                    recipe,
                    1,
                    instrument,
                    null,
                    sample,
                    null,
                    operator,
                    RunStatus.FINISHED,
                    started,
                    started.plus(Duration.ofMinutes(30)),
                    null,
                    null,
                    JsonObjects.empty(),
                    now,
                    now,
                    1));
            runs.add(run);
        }
        server.parts().commands().insertSystemRows(organization.id(), null, "bench:StartRun", rows);
        return runs;
    }

    /** A frozen series whose points drift and shift now and then, so the rules find something to mark. */
    private static UUID seedSeries(
            SyncServer server, Organization organization, UUID instrument, List<UUID> runs, Instant now) {
        UUID series = Ids.newId();
        List<Row> rows = new ArrayList<>();
        rows.add(new SpcSeries(
                series,
                organization.id(),
                instrument,
                "threshold voltage",
                "V",
                0.45,
                0.39,
                0.51,
                now,
                now,
                null,
                1,
                "Threshold voltage — IV sweep on SMU-B",
                "IV sweep",
                null,
                ChartType.INDIVIDUALS_MOVING_RANGE,
                1,
                20,
                List.of(1, 2, 3, 4, 5, 6, 7, 8),
                RuleNumbering.NELSON,
                false,
                0.35,
                0.55,
                0.02,
                null,
                null));
        Instant first = now.minus(Duration.ofHours(POINTS));
        Random noise = new Random(17);
        for (int i = 0; i < POINTS; i++) {
            UUID result = Ids.newId();
            // Noise of one sigma, a shift of twelve points every two hundred, an outlier now and then.
            double value = 0.45 + noise.nextGaussian() * 0.02 + (i % 200 < 12 ? 0.03 : 0) + (i % 331 == 0 ? 0.08 : 0);
            Instant at = first.plus(Duration.ofHours(i));
            rows.add(new SpcPoint(
                    SpcPoint.idFor(series, result),
                    organization.id(),
                    series,
                    runs.get(i % runs.size()),
                    value,
                    at,
                    now,
                    1,
                    result,
                    at.plusSeconds(1200)));
        }
        server.parts().commands().insertSystemRows(organization.id(), null, "bench:SpcSeries", rows);
        return series;
    }

    private static String token(Http http, String person) {
        return http.post(
                        "/auth/login", null, Map.of("username", person + "@spc-bench.test", "password", person + "-pw"))
                .body()
                .get("access_token")
                .asText();
    }

    private static String id(Http.Response response) {
        if (response.status() / 100 != 2) {
            throw new IllegalStateException("Set-up failed: " + response.status() + " " + response.body());
        }
        return response.body().get("id").asText();
    }
}
