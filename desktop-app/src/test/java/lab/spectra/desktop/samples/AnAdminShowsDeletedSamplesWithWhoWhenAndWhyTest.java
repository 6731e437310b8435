package lab.spectra.desktop.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.sample.DeleteSample;
import lab.spectra.model.sample.Sample;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * A sample a PI deleted elsewhere reaches the bench with the sync and leaves its list; an admin's
 * "Show deleted" brings it back, marked, with who deleted it, when and why. A PI has no such filter.
 */
class AnAdminShowsDeletedSamplesWithWhoWhenAndWhyTest {

    private static final SyncTestbed TESTBED = SyncTestbed.get();
    private static final ServerLab.Org ORG = TESTBED.newOrganization("show-deleted-ui");
    private static final UUID DELETED = TESTBED.lab.sample(ORG, "GONE-1");

    static {
        TESTBED.lab.sample(ORG, "LIVE-1");
        ServerLab.expectApplied(TESTBED.lab.run(
                new DeleteSample(TESTBED.lab.meta(ORG.pi()), DELETED, "Contaminated in the glovebox", 1L), ORG.pi()));
    }

    @RegisterExtension
    final FxWindow window = new FxWindow(1200, 800);

    @Test
    @Timeout(60)
    void theDeletedSampleIsMarkedWithItsDeletion(FxRobot robot) {
        UiBench bench = window.signIn(ORG, "admin");
        window.show(() -> Views.load(new SamplesController(bench.screens.samples())));
        TableView<Sample> table = robot.lookup("#samples-table").queryTableView();
        assertThat(table.getItems()).extracting(Sample::barcode).containsExactly("LIVE-1");

        robot.clickOn("#show-deleted");
        FxWindow.awaitUntil(() -> table.getItems().size() == 2);
        Sample deleted =
                table.getItems().stream().filter(Sample::deleted).findFirst().orElseThrow();
        assertThat(deleted.barcode()).isEqualTo("GONE-1");
        assertThat(robot.lookup(".deleted-sample").queryAll())
                .as("the deleted sample's row is marked")
                .hasSize(1);
        assertThat(robot.lookup("Sample GONE-1 (deleted)").tryQuery()).isPresent();

        robot.clickOn("Sample GONE-1 (deleted)");
        Label note = robot.lookup("#sample-deletion").queryAs(Label.class);
        FxWindow.awaitUntil(() -> !note.getText().isEmpty());
        assertThat(note.getText())
                .startsWith("Deleted by " + ORG.pi().displayName() + " on ")
                .endsWith(": Contaminated in the glovebox");
        assertThat(robot.lookup("#delete-sample").query().isVisible())
                .as("a deleted sample is not deleted again")
                .isFalse();

        robot.clickOn("#show-deleted");
        FxWindow.awaitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems()).extracting(Sample::barcode).containsExactly("LIVE-1");
    }

    @Test
    @Timeout(60)
    void aPiHasNoShowDeletedFilter(FxRobot robot) {
        UiBench bench = window.signIn(ORG, "pi");
        window.show(() -> Views.load(new SamplesController(bench.screens.samples())));
        assertThat(robot.lookup("#show-deleted").tryQuery()).isEmpty();
        assertThat(robot.lookup("#delete-sample").tryQuery()).isPresent();
    }
}
