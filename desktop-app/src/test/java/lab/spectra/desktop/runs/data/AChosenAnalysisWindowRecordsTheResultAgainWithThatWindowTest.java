package lab.spectra.desktop.runs.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import lab.spectra.desktop.runs.RunRow;
import lab.spectra.desktop.sync.BenchReads;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.run.Result;
import lab.spectra.model.rundata.Series;
import lab.spectra.model.rundata.Trace;
import lab.spectra.model.rundata.importers.KeithleySweepCsvImporter;
import lab.spectra.model.rundata.importers.KeithleySweepCsvWriter;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A sweep whose two halves differ (1 kΩ below 0 V, 250 Ω above) gets, at import, the IV slope over
 * the whole sweep; the technician then types the window 0.2 V to 1 V and records the resistance
 * again: a second result of 250 Ω, whose method and payload name the window. A window holding too
 * few points records nothing and says why.
 */
class AChosenAnalysisWindowRecordsTheResultAgainWithThatWindowTest {

    private static final double OHMS_BELOW_ZERO = 1000;
    private static final double OHMS_ABOVE_ZERO = 250;

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final SyncTestbed testbed = SyncTestbed.get();

    @TempDir
    Path folder;

    @Test
    @Timeout(90)
    void theResistanceOverTheChosenVoltagesIsRecordedNextToTheWholeSweepsWithItsWindow(FxRobot robot)
            throws IOException {
        UiBench bench = importedKinkedSweep(robot, "window-chosen");
        assertThat(robot.lookup("#window-from").queryAs(TextField.class).getText())
                .isEqualTo("-1");
        assertThat(robot.lookup("#window-to").queryAs(TextField.class).getText())
                .isEqualTo("1");
        assertThat(text(robot, "#window-unit")).isEqualTo("V");

        robot.interact(() -> {
            robot.lookup("#window-from").queryAs(TextField.class).setText("0.2");
            robot.lookup("#window-to").queryAs(TextField.class).setText("1");
        });
        robot.clickOn("#record-with-window");
        FxWindow.awaitUntil(
                () -> robot.lookup("#data-results").queryTableView().getItems().size() == 2);

        assertThat(text(robot, "#data-message")).startsWith("Recorded over 0.2 to 1 V; resistance = 250.0");
        assertThat(robot.lookup("#data-results").queryTableView().getItems())
                .anySatisfy(line -> assertThat(line).isInstanceOfSatisfying(ResultLine.class, result -> {
                    assertThat(result.value()).isCloseTo(OHMS_ABOVE_ZERO, within(1e-6));
                    assertThat(result.method()).isEqualTo("iv-slope-resistance v1, 0.2 to 1 V");
                }))
                .anySatisfy(line -> assertThat(line).isInstanceOfSatisfying(ResultLine.class, result -> {
                    assertThat(result.value()).isBetween(OHMS_ABOVE_ZERO * 1.1, OHMS_BELOW_ZERO);
                    assertThat(result.method()).isEqualTo("iv-slope-resistance v1");
                }));
        List<Result> recorded =
                new RunDataQueries(new BenchReads(bench.workstation.commands())).results(onlyRun(robot));
        assertThat(recorded)
                .filteredOn(result ->
                        result.payload().at("/inputs/window_set_by").asText().equals("chosen"))
                .singleElement()
                .satisfies(result -> {
                    assertThat(result.payload().at("/inputs/window_from_v").asDouble())
                            .isEqualTo(0.2);
                    assertThat(result.payload().at("/inputs/window_to_v").asDouble())
                            .isEqualTo(1.0);
                    assertThat(result.payload().at("/algorithm").asText()).isEqualTo("iv-slope-resistance");
                    assertThat(result.rawDataRef()).startsWith("sha256:");
                });
    }

    @Test
    @Timeout(90)
    void aWindowWithTooFewPointsRecordsNothingAndSaysWhy(FxRobot robot) throws IOException {
        importedKinkedSweep(robot, "window-too-narrow");

        robot.interact(() -> {
            robot.lookup("#window-from").queryAs(TextField.class).setText("0.2");
            robot.lookup("#window-to").queryAs(TextField.class).setText("0.21");
        });
        robot.clickOn("#record-with-window");
        FxWindow.awaitUntil(() -> text(robot, "#data-message").startsWith("Nothing was recorded"));

        assertThat(text(robot, "#data-message")).contains("usable points between 0.2 V and 0.21 V");
        assertThat(robot.lookup("#data-results").queryTableView().getItems()).hasSize(1);
    }

    private UiBench importedKinkedSweep(FxRobot robot, String orgName) throws IOException {
        int points = 101;
        double[] volts = new double[points];
        double[] amps = new double[points];
        for (int i = 0; i < points; i++) {
            volts[i] = Math.round((-1 + i * 0.02) * 1000) / 1000.0;
            amps[i] = volts[i] / (volts[i] < 0 ? OHMS_BELOW_ZERO : OHMS_ABOVE_ZERO);
        }
        Path sweep = folder.resolve("kinked-sweep.csv");
        Files.write(
                sweep,
                KeithleySweepCsvWriter.write(
                        Series.of(
                                "sweep",
                                Trace.of(KeithleySweepCsvImporter.VOLTAGE, volts),
                                Trace.of(KeithleySweepCsvImporter.CURRENT, amps)),
                        Map.of("Instrument", "Keithley 2400")));
        UiBench bench = runningRunOffline(robot, orgName, sweep);
        robot.clickOn("#import-data-file");
        FxWindow.awaitUntil(() -> text(robot, "#data-message").startsWith("Imported")
                && robot.lookup("#analysis-window-row").query().isVisible());
        FxWindow.awaitUntil(
                () -> robot.lookup("#data-results").queryTableView().getItems().size() == 1);
        return bench;
    }

    /** A technician's bench with the network down, showing her run just started and selected. */
    private UiBench runningRunOffline(FxRobot robot, String orgName, Path export) {
        ServerLab.Org org = testbed.newOrganization(orgName);
        testbed.lab.instrumentWithValidCalibration(org, "SMU-01", InstrumentKind.SMU);
        testbed.lab.approvedRecipe(org, "IV sweep", InstrumentKind.SMU);
        testbed.lab.sample(org, "KINK-1");
        return RunStartedOffline.on(window, testbed, org, robot, export);
    }

    private static UUID onlyRun(FxRobot robot) {
        Object row = robot.lookup("#runs-table").queryTableView().getItems().get(0);
        return ((RunRow) row).run().id();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
