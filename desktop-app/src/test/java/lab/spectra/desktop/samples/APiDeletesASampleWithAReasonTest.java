package lab.spectra.desktop.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.ServerTables;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.sample.Sample;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * "Delete sample…": a PI confirms with a reason and the sample leaves the list, here at once and on
 * the server after the sync; a technician is not offered it at all.
 */
class APiDeletesASampleWithAReasonTest {

    private static final SyncTestbed TESTBED = SyncTestbed.get();
    private static final ServerLab.Org ORG = TESTBED.newOrganization("delete-sample-ui");
    private static final UUID DOOMED = TESTBED.lab.sample(ORG, "DEL-1");

    static {
        TESTBED.lab.sample(ORG, "DEL-2");
    }

    @RegisterExtension
    final FxWindow window = new FxWindow(1200, 800);

    @Test
    @Timeout(60)
    void theConfirmedDeletionNeedsAReasonAndHidesTheSample(FxRobot robot) {
        UiBench bench = window.signIn(ORG, "pi");
        window.show(() -> Views.load(new SamplesController(bench.screens.samples())));
        TableView<Sample> table = robot.lookup("#samples-table").queryTableView();
        robot.clickOn("#barcode-field").write("DEL-1").type(KeyCode.ENTER);

        robot.clickOn("#delete-sample");
        Label question = robot.lookup("#delete-question").queryAs(Label.class);
        assertThat(question.getText()).startsWith("Delete Sample DEL-1 (DEL-1)?");
        robot.clickOn("#confirm-delete");
        Label message = robot.lookup("#samples-message").queryAs(Label.class);
        FxWindow.awaitUntil(() -> message.getText().startsWith("Say why"));
        assertThat(table.getItems()).extracting(Sample::barcode).contains("DEL-1");

        robot.clickOn("#delete-reason").write("Registered twice");
        robot.clickOn("#confirm-delete");

        FxWindow.awaitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems()).extracting(Sample::barcode).containsExactly("DEL-2");
        assertThat(message.getText()).startsWith("Deleted Sample DEL-1");
        assertThat(robot.lookup("#delete-confirmation").query().isVisible()).isFalse();

        assertThat(bench.workstation.sync().syncNow().succeeded()).isTrue();
        ServerTables server = new ServerTables(TESTBED.lab, ORG);
        assertThat(server.count(
                        "SELECT count(*) FROM samples WHERE deleted_at IS NOT NULL"
                                + " AND deletion_reason = 'Registered twice' AND id = ?",
                        DOOMED))
                .isEqualTo(1);
    }

    @Test
    @Timeout(60)
    void aTechnicianIsNotOfferedToDelete(FxRobot robot) {
        UiBench bench = window.signIn(ORG, "tech");
        window.show(() -> Views.load(new SamplesController(bench.screens.samples())));
        robot.clickOn("#barcode-field").write("DEL-2").type(KeyCode.ENTER);

        assertThat(robot.lookup("#delete-sample").tryQuery()).isEmpty();
        assertThat(robot.lookup("#delete-reason").tryQuery()).isEmpty();
        assertThat(robot.lookup("#show-deleted").tryQuery()).isEmpty();
    }
}
