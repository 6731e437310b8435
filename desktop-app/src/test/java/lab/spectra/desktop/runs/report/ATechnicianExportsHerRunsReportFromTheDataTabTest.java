package lab.spectra.desktop.runs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Label;
import lab.spectra.desktop.runs.data.RunFiles;
import lab.spectra.desktop.runs.data.RunStartedOffline;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.server.testing.ServerLab;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A technician with the server out of reach imports a Keithley sweep into her run, ticks "Log |y|"
 * and exports the run's report from the data tab: the PDF she chose is written in the background
 * with the sweep drawn on a logarithmic current axis, and the tab says where it was saved.
 */
class ATechnicianExportsHerRunsReportFromTheDataTabTest {

    private static final String SWEEP = "keithley-2400-resistor-sweep.csv";

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("run-report");

    @TempDir
    Path folder;

    @Test
    @Timeout(90)
    void theReportIsSavedWhereSheChoseWithTheChartAsOnScreen(FxRobot robot) throws IOException {
        Path export = folder.resolve(SWEEP);
        try (InputStream in = RunFiles.class.getResourceAsStream(SWEEP)) {
            Files.copy(in, export);
        }
        Path target = folder.resolve("my-run.pdf");
        testbed.lab.instrumentWithValidCalibration(org, "SMU-01", InstrumentKind.SMU);
        testbed.lab.approvedRecipe(org, "IV sweep", InstrumentKind.SMU);
        testbed.lab.sample(org, "RD-1");
        RunStartedOffline.on(window, testbed, org, robot, export, (owner, suggested) -> {
            assertThat(suggested).endsWith("-report.pdf");
            return Optional.of(target);
        });
        robot.clickOn("#import-data-file");
        FxWindow.awaitUntil(() -> text(robot, "#data-message").startsWith("Imported"));
        FxWindow.awaitUntil(() -> !robot.lookup("#chart-log-y")
                .queryAs(javafx.scene.control.CheckBox.class)
                .isDisabled());
        robot.clickOn("#chart-log-y");

        robot.clickOn("#export-run-report");
        FxWindow.awaitUntil(() -> text(robot, "#report-message").startsWith("Saved"));

        assertThat(text(robot, "#report-message")).isEqualTo("Saved the run's report to " + target);
        String pdf;
        try (PDDocument document = Loader.loadPDF(target.toFile())) {
            pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(pdf)
                .contains("Run of IV sweep", "RD-1", "SMU-01")
                .contains("Figure: " + SWEEP, "|y| on a logarithmic axis")
                .contains("resistance", "iv-slope-resistance v1")
                .contains("Not signed.");
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
