package lab.spectra.desktop.admin.instruments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import lab.spectra.desktop.admin.AdministrationTab;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.attachment.Attachment;
import lab.spectra.model.calibration.AttachCertificate;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.instrument.InstrumentStatus;
import lab.spectra.model.instrument.MaintenanceTask;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Administration > Instruments on a real bench: an admin plans a task, records it done (the
 * instrument then needs requalification), requalifies it, takes it out of service with a reason
 * and records a certificate with its file; the list says each in words.
 */
class AnAdminLooksAfterAnInstrumentFromTheAdministrationTabTest {

    private static final SyncTestbed TESTBED = SyncTestbed.get();
    private static final ServerLab.Org ORG = TESTBED.newOrganization("instrument-admin");
    private static final UUID SMU = TESTBED.lab.instrumentWithValidCalibration(ORG, "SMU-01", InstrumentKind.SMU);

    @RegisterExtension
    final FxWindow window = new FxWindow(1280, 800);

    @TempDir
    Path folder;

    private UiBench bench;
    private InstrumentAdminViewModel model;

    private void show(FxRobot robot) {
        bench = window.signIn(ORG, "admin");
        AtomicReference<InstrumentAdminViewModel> shown = new AtomicReference<>();
        window.show(() -> {
            shown.set(bench.screens.instrumentAdmin());
            return Views.load(new InstrumentAdminController(shown.get()));
        });
        model = shown.get();
        TableView<InstrumentAdminRow> table =
                robot.lookup("#instrument-admin-table").queryTableView();
        FxWindow.awaitUntil(() -> !table.getItems().isEmpty());
        robot.interact(() -> table.getSelectionModel().select(0));
    }

    private InstrumentAdminRow smu(FxRobot robot) {
        TableView<InstrumentAdminRow> table =
                robot.lookup("#instrument-admin-table").queryTableView();
        return table.getItems().stream()
                .filter(row -> row.lockout().instrument().id().equals(SMU))
                .findFirst()
                .orElseThrow();
    }

    private String message(FxRobot robot) {
        return robot.lookup("#instrument-admin-message").queryAs(Label.class).getText();
    }

    private void awaitMessage(FxRobot robot, String start) {
        FxWindow.awaitUntil(() -> message(robot).startsWith(start));
    }

    @Test
    @Timeout(90)
    void maintenanceRequalificationStatusAndACertificateWithItsFile(FxRobot robot) throws Exception {
        show(robot);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(smu(robot).status()).isEqualTo("In service");
        assertThat(smu(robot).requalification()).isEqualTo("Qualified");

        robot.clickOn("#task-name").write("Clean the probe contacts");
        robot.clickOn("#task-interval").write("90");
        robot.interact(
                () -> robot.lookup("#task-first-due").queryAs(DatePicker.class).setValue(today.plusDays(10)));
        robot.clickOn("#plan-task");
        awaitMessage(robot, "Planned Clean the probe contacts for SMU-01");
        FxWindow.awaitUntil(() -> smu(robot).nextMaintenance() != null);

        ListView<MaintenanceTask> plan = robot.lookup("#maintenance-plan").queryListView();
        FxWindow.awaitUntil(() -> plan.getItems().size() == 1);
        robot.interact(() -> plan.getSelectionModel().select(0));
        robot.clickOn("#maintenance-done").write("Contacts cleaned with IPA");
        robot.clickOn("#record-maintenance");
        awaitMessage(robot, "Recorded maintenance on SMU-01");
        FxWindow.awaitUntil(() -> smu(robot).requalification().startsWith("Needs"));
        assertThat(smu(robot).requalification()).isEqualTo("Needs requalification after maintenance on " + today);
        assertThat(smu(robot).nextMaintenance().nextDueAt())
                .isAfter(today.plusDays(89).atStartOfDay(ZoneOffset.UTC).toInstant());

        robot.clickOn("#requalification-summary").write("Reference resistor within 0.05 %");
        robot.clickOn("#record-requalification");
        awaitMessage(robot, "Recorded the requalification of SMU-01");
        FxWindow.awaitUntil(() -> smu(robot).requalification().equals("Qualified"));

        robot.interact(() -> robot.lookup("#instrument-status")
                .<InstrumentStatus>queryComboBox()
                .setValue(InstrumentStatus.OUT_OF_SERVICE));
        robot.clickOn("#instrument-status-reason").write("Compliance trips at 1 mA");
        robot.clickOn("#set-status");
        awaitMessage(robot, "SMU-01 is now out of service");
        FxWindow.awaitUntil(() -> smu(robot).status().equals("Out of service: Compliance trips at 1 mA"));

        Path scan = Files.writeString(folder.resolve("MET-2026-0077.pdf"), "%PDF-1.4 certificate scan");
        robot.clickOn("#certificate-number").write("MET-2026-0077");
        robot.interact(() -> {
            robot.lookup("#certificate-issued").queryAs(DatePicker.class).setValue(today.minusDays(1));
            robot.lookup("#certificate-expires").queryAs(DatePicker.class).setValue(today.plusDays(365));
            model.certificateFile().set(scan);
        });
        assertThat(robot.lookup("#certificate-file").queryAs(Label.class).getText())
                .isEqualTo("MET-2026-0077.pdf");
        robot.clickOn("#record-certificate");
        awaitMessage(robot, "Recorded certificate MET-2026-0077 for SMU-01 with its file MET-2026-0077.pdf");

        UUID certificate = bench.workstation.read(state -> state.calibrationsOf(SMU).stream()
                .filter(calibration -> calibration.certificateNumber().equals("MET-2026-0077"))
                .findFirst()
                .orElseThrow()
                .id());
        List<Attachment> files =
                bench.workstation.read(state -> state.attachmentsOf(AttachCertificate.CALIBRATIONS, certificate));
        assertThat(files).extracting(Attachment::fileName).containsExactly("MET-2026-0077.pdf");
    }

    @Test
    @Timeout(60)
    void aBadRunLimitIsSaidInWordsAndNothingIsSaved(FxRobot robot) {
        show(robot);
        robot.interact(() -> model.runLimit().set("many"));
        robot.clickOn("#save-instrument");

        assertThat(message(robot)).isEqualTo("Requalify after runs must be a whole number");
        assertThat(bench.workstation.sync().status().pending()).isZero();
    }

    @Test
    @Timeout(60)
    void theTabExistsOnlyForAdmins() {
        UiBench pi = window.signIn(ORG, "pi");
        assertThat(pi.screens.administrationTabs())
                .extracting(AdministrationTab::id)
                .doesNotContain("instruments");
        UiBench admin = window.signIn(ORG, "admin");
        assertThat(admin.screens.administrationTabs())
                .extracting(AdministrationTab::id)
                .contains("instruments");
    }
}
