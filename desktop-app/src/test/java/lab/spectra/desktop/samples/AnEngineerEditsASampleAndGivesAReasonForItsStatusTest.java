package lab.spectra.desktop.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.ServerTables;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.sample.SampleStatus;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * "Edit sample": the name and status change together; a status change is not saved without a
 * reason, and the reason reaches the server's audit trail with the change. A barcode already used
 * on this PC is named as it is typed.
 */
class AnEngineerEditsASampleAndGivesAReasonForItsStatusTest {

    private static final SyncTestbed TESTBED = SyncTestbed.get();
    private static final ServerLab.Org ORG = TESTBED.newOrganization("edit-sample-ui");
    private static final UUID SAMPLE = TESTBED.lab.sample(ORG, "ED-1");

    static {
        TESTBED.lab.sample(ORG, "ED-2");
    }

    @RegisterExtension
    final FxWindow window = new FxWindow(1200, 800);

    @Test
    @Timeout(60)
    void aStatusChangeNeedsAReasonWhichTheAuditTrailKeeps(FxRobot robot) {
        UiBench bench = window.signIn(ORG, "engineer");
        window.show(() -> Views.load(new SamplesController(bench.screens.samples())));
        robot.clickOn("#barcode-field").write("ED-1").type(KeyCode.ENTER);
        robot.clickOn("Edit sample");

        robot.doubleClickOn("#edit-name").eraseText(20).write("Sample ED-1 cleaved");
        ComboBox<SampleStatus> status = robot.lookup("#edit-status").queryComboBox();
        robot.interact(() -> status.setValue(SampleStatus.ON_HOLD));
        robot.clickOn("#save-sample");

        Label message = robot.lookup("#samples-message").queryAs(Label.class);
        FxWindow.awaitUntil(() -> message.getText().startsWith("Say why"));
        assertThat(message.getText()).isEqualTo("Say why the status changes: a reason is required");
        assertThat(bench.workstation
                        .read(state -> state.sample(SAMPLE))
                        .orElseThrow()
                        .status())
                .isEqualTo(SampleStatus.RECEIVED);

        robot.clickOn("#edit-reason").write("Edge chipped during dicing");
        robot.clickOn("#save-sample");

        FxWindow.awaitUntil(() -> message.getText().startsWith("Saved"));
        assertThat(message.getText()).startsWith("Saved Sample ED-1");
        var saved = bench.workstation.read(state -> state.sample(SAMPLE)).orElseThrow();
        assertThat(saved.status()).isEqualTo(SampleStatus.ON_HOLD);
        assertThat(saved.name()).isEqualTo("Sample ED-1 cleaved");

        assertThat(bench.workstation.sync().syncNow().succeeded()).isTrue();
        ServerTables server = new ServerTables(TESTBED.lab, ORG);
        assertThat(server.count(
                        "SELECT count(*) FROM audit_log WHERE action = 'EditSample'"
                                + " AND reason = 'Edge chipped during dicing' AND new_value->>'status' = 'on_hold'"
                                + " AND record_id = ?",
                        SAMPLE))
                .isEqualTo(1);
    }

    @Test
    @Timeout(60)
    void aBarcodeUsedOnThisPcIsNamedAsItIsTyped(FxRobot robot) {
        UiBench bench = window.signIn(ORG, "engineer");
        window.show(() -> Views.load(new SamplesController(bench.screens.samples())));
        robot.clickOn("#barcode-field").write("ED-1").type(KeyCode.ENTER);
        robot.clickOn("Edit sample");

        robot.doubleClickOn("#edit-barcode").eraseText(10).write("ED-2");

        Label clash = robot.lookup("#edit-barcode-clash").queryAs(Label.class);
        FxWindow.awaitUntil(() -> !clash.getText().isEmpty());
        assertThat(clash.getText()).isEqualTo("Barcode ED-2 is already used by sample Sample ED-2");
        assertThat(clash.isVisible()).isTrue();
    }
}
