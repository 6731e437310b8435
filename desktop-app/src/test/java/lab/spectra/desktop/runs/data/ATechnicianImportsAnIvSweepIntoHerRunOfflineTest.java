package lab.spectra.desktop.runs.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.dataset.DataSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.Label;
import lab.spectra.desktop.runs.RunRow;
import lab.spectra.desktop.sync.BenchReads;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.model.attachment.Attachment;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.run.Result;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A technician with the server out of reach imports a Keithley 2400 export into her running run
 * from the runs screen: the chart shows the sweep's points, the resistance derived from the IV
 * slope is listed with its method, and the file waits on the bench for the next sync. A file with
 * a garbled number is refused with its line and leaves the run as it was.
 */
class ATechnicianImportsAnIvSweepIntoHerRunOfflineTest {

    private static final String SWEEP = "keithley-2400-resistor-sweep.csv";
    private static final String GARBLED = "keithley-2400-sweep-with-a-garbled-current.csv";
    /** The sample file is a 1.2 kΩ resistor swept over 101 points from -1 V to 1 V. */
    private static final int SWEEP_POINTS = 101;

    private static final double SWEEP_RESISTANCE_OHMS = 1200;

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("run-data");

    @TempDir
    Path folder;

    @Test
    @Timeout(90)
    void theSweepIsPlottedAndItsResistanceIsRecordedWithItsMethod(FxRobot robot) throws IOException {
        UiBench bench = runningRunOffline(robot, exportNamed(SWEEP));

        robot.clickOn("#import-data-file");
        FxWindow.awaitUntil(() -> text(robot, "#data-message").startsWith("Imported"));

        assertThat(text(robot, "#data-message")).startsWith("Imported " + SWEEP + ": " + SWEEP_POINTS + " points");
        FxWindow.awaitUntil(() -> !chart(robot).getDatasets().isEmpty());
        List<DataSet> shown = chart(robot).getDatasets();
        assertThat(shown).singleElement().satisfies(series -> assertThat(series.getDataCount())
                .isEqualTo(SWEEP_POINTS));
        FxWindow.awaitUntil(
                () -> !robot.lookup("#data-results").queryTableView().getItems().isEmpty());
        assertThat(robot.lookup("#data-results").queryTableView().getItems())
                .singleElement()
                .isInstanceOfSatisfying(ResultLine.class, line -> {
                    assertThat(line.quantity()).isEqualTo("resistance");
                    assertThat(line.value()).isCloseTo(SWEEP_RESISTANCE_OHMS, within(SWEEP_RESISTANCE_OHMS / 100));
                    assertThat(line.method()).isEqualTo("iv-slope-resistance v1");
                });

        UUID runId = onlyRun(robot);
        RunDataQueries queries = queriesOf(bench);
        List<Attachment> files = queries.attachments(runId);
        assertThat(files).singleElement().satisfies(file -> assertThat(file.fileName())
                .isEqualTo(SWEEP));
        String sha = files.get(0).contentSha256();
        List<Result> results = queries.results(runId);
        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.rawDataRef()).isEqualTo("sha256:" + sha);
            assertThat(result.payload().path("provenance").path("source_sha256").asText())
                    .isEqualTo(sha);
            assertThat(result.payload().path("algorithm_version").asInt()).isEqualTo(1);
        });
        assertThat(bench.workstation.files().waiting())
                .as("offline: the bytes wait for the next sync")
                .isEqualTo(1);
    }

    @Test
    @Timeout(90)
    void aFileWithAGarbledNumberIsRefusedWithItsLineAndRecordsNothing(FxRobot robot) throws IOException {
        UiBench bench = runningRunOffline(robot, exportNamed(GARBLED));

        robot.clickOn("#import-data-file");
        FxWindow.awaitUntil(() -> text(robot, "#data-message").contains("not imported"));

        assertThat(text(robot, "#data-message"))
                .isEqualTo(GARBLED + " was not imported. keithley-24xx-csv v1, line 20: Current '0.000-31E-4' is not a"
                        + " number");
        UUID runId = onlyRun(robot);
        RunDataQueries queries = queriesOf(bench);
        assertThat(queries.attachments(runId)).isEmpty();
        assertThat(queries.results(runId)).isEmpty();
        assertThat(bench.workstation.files().waiting()).isZero();
        assertThat(chart(robot).getDatasets()).isEmpty();
    }

    /** A technician's bench with the network down, showing her run just started and selected. */
    private UiBench runningRunOffline(FxRobot robot, Path export) {
        testbed.lab.instrumentWithValidCalibration(org, "SMU-01", InstrumentKind.SMU);
        testbed.lab.approvedRecipe(org, "IV sweep", InstrumentKind.SMU);
        testbed.lab.sample(org, "RD-1");
        return RunStartedOffline.on(window, testbed, org, robot, export);
    }

    private static UUID onlyRun(FxRobot robot) {
        Object row = robot.lookup("#runs-table").queryTableView().getItems().get(0);
        return ((RunRow) row).run().id();
    }

    private static RunDataQueries queriesOf(UiBench bench) {
        return new RunDataQueries(new BenchReads(bench.workstation.commands()));
    }

    private Path exportNamed(String name) throws IOException {
        Path copy = folder.resolve(name);
        try (InputStream in = getClass().getResourceAsStream(name)) {
            Files.copy(in, copy);
        }
        return copy;
    }

    private static XYChart chart(FxRobot robot) {
        return robot.lookup("#run-chart").queryAs(XYChart.class);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
