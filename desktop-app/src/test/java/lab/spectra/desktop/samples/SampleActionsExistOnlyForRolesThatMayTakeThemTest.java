package lab.spectra.desktop.samples;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class SampleActionsExistOnlyForRolesThatMayTakeThemTest {

    private static final SyncTestbed TESTBED = SyncTestbed.get();
    private static final ServerLab.Org ORG = TESTBED.newOrganization("sample-roles-ui");

    static {
        TESTBED.lab.sample(ORG, "SR-1");
    }

    @RegisterExtension
    final FxWindow window = new FxWindow(1000, 600);

    private UiBench bench;

    private void showSamplesAs(FxRobot robot, String who) {
        bench = window.signIn(ORG, who);
        window.show(() -> Views.load(new SamplesController(bench.screens.samples())));
        assertThat(robot.lookup("#samples-table").queryTableView().getItems()).hasSize(1);
        assertThat(robot.lookup("#barcode-field").tryQuery())
                .as("everyone may scan")
                .isPresent();
    }

    private static void present(FxRobot robot, String... ids) {
        for (String id : ids) {
            assertThat(robot.lookup(id).tryQuery()).as(id + " exists").isPresent();
        }
    }

    private static void absent(FxRobot robot, String... ids) {
        for (String id : ids) {
            assertThat(robot.lookup(id).tryQuery())
                    .as(id + " is not in the scene")
                    .isEmpty();
        }
    }

    @Test
    @Timeout(60)
    void aViewerHasNoCreateEditWaferDeviceOrCustodyAction(FxRobot robot) {
        showSamplesAs(robot, "viewer");

        absent(
                robot,
                "#create-sample",
                "#save-sample",
                "#edit-location",
                "#add-wafer",
                "#add-device",
                "#record-custody",
                "#custody-from");
        present(robot, "#custody-table", "#parts-tree");
    }

    @Test
    @Timeout(60)
    void aTechnicianMayRecordHandOversButNotCreateOrEditSamples(FxRobot robot) {
        showSamplesAs(robot, "tech");

        present(robot, "#record-custody", "#custody-from");
        absent(robot, "#create-sample", "#save-sample", "#add-wafer", "#add-device");
    }

    @Test
    @Timeout(60)
    void anEngineerHasEveryAction(FxRobot robot) {
        showSamplesAs(robot, "engineer");

        present(robot, "#create-sample", "#save-sample", "#add-wafer", "#add-device", "#record-custody");
    }
}
