package lab.spectra.desktop.instruments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.desktop.shell.MainViewModel;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.server.testing.ServerLab;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * "Calibration report…" on the Instruments screen saves the calibration status report as PDF or
 * CSV, compiled from the bench's copy with the server's shared code, so it works with the server
 * out of reach; the file names every instrument with its state.
 */
class TheCalibrationReportIsSavedFromTheInstrumentsScreenOfflineTest {

    private static final SyncTestbed TESTBED = SyncTestbed.get();
    private static final ServerLab.Org ORG = TESTBED.newOrganization("calibration-report");

    static {
        UUID xrd = TESTBED.lab.instrument(ORG, "XRD-01", InstrumentKind.XRD);
        TESTBED.lab.calibrate(ORG, xrd, Instant.parse("2025-03-01T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z"));
        TESTBED.lab.instrumentWithValidCalibration(ORG, "SMU-01", InstrumentKind.SMU);
    }

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final FaultyProxy network = new FaultyProxy(TESTBED.serverUri());

    @TempDir
    Path folder;

    @AfterEach
    void closeTheNetwork() {
        network.close();
    }

    private void showOffline(String who, Path saveAs, FxRobot robot) {
        UiBench bench = window.signIn(ORG, who, network.uri());
        network.mode(FaultyProxy.Mode.DOWN);
        window.show(() -> {
            MainViewModel main = bench.main();
            main.refreshLockouts();
            return Views.load(new InstrumentsController(
                    bench.screens.instruments(main.lockouts()),
                    bench.screens.calibrationReport(),
                    (owner, suggested) -> {
                        assertThat(suggested).startsWith("calibration-status-").endsWith(".pdf");
                        return Optional.of(saveAs);
                    }));
        });
        assertThat(robot.lookup("#calibration-report").queryButton().getText()).isEqualTo("Calibration report…");
        robot.clickOn("#calibration-report");
        FxWindow.awaitUntil(() -> Files.exists(saveAs)
                && robot.lookup("#calibration-report-message")
                        .queryLabeled()
                        .getText()
                        .startsWith("Saved the calibration report"));
    }

    @Test
    @Timeout(90)
    void aViewerSavesThePdfWithTheServerOutOfReach(FxRobot robot) throws IOException {
        Path pdf = folder.resolve("report.pdf");

        showOffline("viewer", pdf, robot);

        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text)
                .contains("Calibration status of every instrument")
                .contains("SMU-01")
                .contains("XRD-01")
                .contains("Calibration expired for XRD-01 on 2026-03-01");
    }

    @Test
    @Timeout(90)
    void aTechnicianSavesTheCsv(FxRobot robot) throws IOException {
        Path csv = folder.resolve("report.csv");

        showOffline("tech", csv, robot);

        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("instrument,kind,").contains("\r\nSMU-01,").contains("\r\nXRD-01,");
        assertThat(text).contains("XRD-01,X-ray diffractometer");
    }
}
