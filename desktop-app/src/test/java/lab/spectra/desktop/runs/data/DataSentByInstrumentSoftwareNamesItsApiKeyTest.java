package lab.spectra.desktop.runs.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.desktop.runs.RunQueries;
import lab.spectra.desktop.sync.BenchReads;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.StartRun;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Instrument software sends a run's raw file and a result with an API key; on the technician's
 * bench, after a sync, the run's data tab says that the file and the result came from that key.
 */
class DataSentByInstrumentSoftwareNamesItsApiKeyTest {

    private static final byte[] SWEEP = "v,i\n0.0,0.0\n1.0,0.001\n".getBytes(StandardCharsets.UTF_8);

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("key-data");

    @RegisterExtension
    final FxWindow window = new FxWindow();

    @Test
    @Timeout(90)
    void theDataTabNamesTheKeyForItsFileAndItsResult(FxRobot robot) throws Exception {
        UUID run = runningRun();
        String key = key("Keithley-2", List.of("results:write", "attachments:write"));
        sendWithKey(key, run);

        UiBench tech = window.signIn(org, "tech");
        Run shown = new RunQueries(new BenchReads(tech.workstation.commands()))
                .page(null, 10)
                .rows()
                .get(0)
                .run();
        RunDataViewModel model = tech.screens.runData();
        robot.interact(() -> model.run().set(shown));
        FxWindow.awaitUntil(
                () -> !model.results().isEmpty() && !model.attachments().isEmpty());

        String keyName = "API key Keithley-2 (" + key.substring(0, 12) + "\u2026)";
        assertThat(model.results()).singleElement().satisfies(line -> assertThat(line.methodAndSource())
                .isEqualTo("manual, from " + keyName));
        assertThat(model.fileLabel(model.attachments().get(0))).isEqualTo("sweep.csv (from " + keyName + ")");
        assertThat(model.dataSource().get()).isEqualTo("Data from " + keyName);
    }

    private UUID runningRun() {
        UUID instrument = testbed.lab.instrumentWithValidCalibration(org, "Keithley-2", InstrumentKind.SMU);
        UUID recipe = testbed.lab.approvedRecipe(org, "IV sweep", InstrumentKind.SMU);
        UUID sample = testbed.lab.sample(org, "KD-" + Ids.newId());
        StartRun start =
                new StartRun(testbed.lab.meta(org.technician()), Ids.newId(), recipe, instrument, sample, null);
        ServerLab.expectApplied(testbed.lab.run(start, org.technician()));
        return start.runId();
    }

    private String key(String name, List<String> scopes) {
        Http.Response login = testbed.server.http.post(
                "/auth/login",
                null,
                Map.of("username", SyncTestbed.email(org, "admin"), "password", SyncTestbed.PASSWORD));
        String admin = login.body().get("access_token").asText();
        Http.Response created = testbed.server.http.post(
                "/api/admin/api-keys",
                admin,
                Map.of(
                        "name", name,
                        "scopes", scopes,
                        "expires_at", Instant.now().plus(30, ChronoUnit.DAYS).toString()));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().get("key").asText();
    }

    private void sendWithKey(String key, UUID run) throws Exception {
        Http http = testbed.server.http;
        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(SWEEP));
        Http.Response announced =
                http.post("/api/files/uploads", key, Map.of("content_sha256", sha256, "size_bytes", SWEEP.length));
        String upload = announced.body().get("upload_id").asText();
        assertThat(http.sendBytes("PUT", "/api/files/uploads/" + upload + "?offset=0", key, SWEEP)
                        .status())
                .isEqualTo(200);
        assertThat(http.send("POST", "/api/files/uploads/" + upload + "/complete", key, null)
                        .status())
                .isEqualTo(201);
        assertThat(http.post(
                                "/api/analysis/runs/" + run + "/files",
                                key,
                                Map.of(
                                        "file_name",
                                        "sweep.csv",
                                        "media_type",
                                        "text/csv",
                                        "size_bytes",
                                        SWEEP.length,
                                        "content_sha256",
                                        sha256))
                        .status())
                .isEqualTo(201);
        assertThat(http.post(
                                "/api/analysis/runs/" + run + "/results",
                                key,
                                Map.of("quantity", "resistance", "value", 1000.0, "unit", "ohm"))
                        .status())
                .isEqualTo(201);
    }
}
