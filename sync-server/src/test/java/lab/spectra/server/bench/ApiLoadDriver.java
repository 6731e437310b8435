package lab.spectra.server.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import lab.spectra.model.auth.Role;
import lab.spectra.model.command.Row;
import lab.spectra.model.id.Ids;
import lab.spectra.model.org.Organization;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.SampleStatus;
import lab.spectra.server.SyncServer;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.PostgresTestDatabase;

/**
 * A small load driver for the REST API on loopback, against a real server on PostgreSQL. Not a
 * test: it prints latency percentiles. Run with
 * {@code mvn -q -pl sync-server -am install -DskipTests} and then
 * {@code mvn -q -pl sync-server exec:java -Dexec.mainClass=lab.spectra.server.bench.ApiLoadDriver}
 * (after {@code .ci/setup-postgres.sh}).
 *
 * <p>Measures sign-in, a page of 100 samples among 10,000 (at random positions), and starting a run
 * (the full path: tenant transaction, organization lock, lockout check, change log, audit chain).
 * Bounded: a fixed number of requests, one or four clients, then it stops.
 *
 * <p>Sign-ins take turns among {@value #SIGN_IN_ACCOUNTS} accounts: the throttle allows one account
 * ten password checks a minute, and the driver measures the server's work, not the throttle.
 */
public final class ApiLoadDriver {

    private static final int SAMPLES = 10_000;
    private static final int SIGN_IN_ACCOUNTS = 20;

    private ApiLoadDriver() {}

    public static void main(String[] args) throws Exception {
        try (PostgresTestDatabase postgres = PostgresTestDatabase.createMigrated();
                SyncServer server = SyncServer.start(DemoServer.config(postgres, false))) {
            Http http = new Http(server.baseUri());
            Organization organization = server.parts().provisioning().createOrganization("bench", "Bench lab", null);
            for (String person : List.of("admin", "pi", "engineer", "tech")) {
                server.parts()
                        .provisioning()
                        .createUser(
                                organization.id(),
                                person + "@bench.test",
                                person,
                                Role.fromWireName(person.equals("tech") ? "technician" : person),
                                server.parts().passwordHasher().hash((person + "-pw").toCharArray()),
                                null);
            }
            String benchHash = server.parts().passwordHasher().hash("bench-pw".toCharArray());
            for (int i = 0; i < SIGN_IN_ACCOUNTS; i++) {
                server.parts()
                        .provisioning()
                        .createUser(
                                organization.id(),
                                "signin" + i + "@bench.test",
                                "Sign-in " + i,
                                Role.TECHNICIAN,
                                benchHash,
                                null);
            }
            List<UUID> sampleIds = loadSamples(server, organization);
            String admin = token(http, "admin");
            String engineer = token(http, "engineer");
            String pi = token(http, "pi");
            String tech = token(http, "tech");
            String instrument =
                    id(http.post("/api/analysis/instruments", admin, Map.of("name", "SMU-B", "kind", "smu")));
            Instant now = Instant.now();
            id(http.post(
                    "/api/analysis/calibrations",
                    admin,
                    Map.of(
                            "instrument_id",
                            instrument,
                            "certificate_number",
                            "B-1",
                            "issued_at",
                            now.minus(Duration.ofDays(1)).toString(),
                            "expires_at",
                            now.plus(Duration.ofDays(300)).toString())));
            String recipe = id(http.post(
                    "/api/lims/recipes",
                    engineer,
                    Map.of("name", "IV", "instrument_kind", "smu", "parameters", Map.of())));
            http.post("/api/lims/recipes/" + recipe + "/approve", pi, Map.of("expected_row_version", 1));

            System.out.println("SPECTRA-Lab API load driver: PostgreSQL on loopback, " + SAMPLES + " samples, "
                    + Runtime.getRuntime().availableProcessors() + " cores");
            LoadMeasure.printHeader();
            LoadMeasure.measure("POST /auth/login (Argon2id), 1 client", 100, 1, 10, i -> http.post(
                            "/auth/login",
                            null,
                            Map.of(
                                    "username",
                                    "signin" + (i % SIGN_IN_ACCOUNTS) + "@bench.test",
                                    "password",
                                    "bench-pw"))
                    .status());
            LoadMeasure.measure("GET /api/lims/samples page of 100, 1 client", 1000, 1, 50, i -> http.get(
                            samplesPage(sampleIds), tech)
                    .status());
            LoadMeasure.measure("GET /api/lims/samples page of 100, 4 clients", 2000, 4, 50, i -> http.get(
                            samplesPage(sampleIds), tech)
                    .status());
            LoadMeasure.measure("POST /api/analysis/runs, 1 client", 500, 1, 50, i -> http.post(
                            "/api/analysis/runs",
                            tech,
                            Map.of(
                                    "recipe_id",
                                    recipe,
                                    "instrument_id",
                                    instrument,
                                    "sample_id",
                                    sampleIds.get(i % sampleIds.size()).toString()))
                    .status());
            LoadMeasure.measure("POST /api/analysis/runs, 4 clients", 1000, 4, 50, i -> http.post(
                            "/api/analysis/runs",
                            tech,
                            Map.of(
                                    "recipe_id",
                                    recipe,
                                    "instrument_id",
                                    instrument,
                                    "sample_id",
                                    sampleIds.get(i % sampleIds.size()).toString()))
                    .status());
        }
    }

    private static String samplesPage(List<UUID> sampleIds) {
        UUID after = sampleIds.get(ThreadLocalRandom.current().nextInt(sampleIds.size() - 100));
        return "/api/lims/samples?limit=100&cursor=" + after;
    }

    private static List<UUID> loadSamples(SyncServer server, Organization organization) {
        List<UUID> ids = new ArrayList<>();
        Instant now = Instant.now();
        for (int batch = 0; batch < SAMPLES / 1000; batch++) {
            List<Row> rows = new ArrayList<>();
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

    private static String token(Http http, String person) {
        return http.post("/auth/login", null, Map.of("username", person + "@bench.test", "password", person + "-pw"))
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
