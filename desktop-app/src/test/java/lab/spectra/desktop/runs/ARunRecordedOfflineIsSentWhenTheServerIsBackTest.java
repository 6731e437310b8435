package lab.spectra.desktop.runs;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import lab.spectra.desktop.shell.MainViewModel;
import lab.spectra.desktop.shell.Section;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.ServerTables;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The bench keeps working with the server stopped; the status bar shows it, and catches up after. */
class ARunRecordedOfflineIsSentWhenTheServerIsBackTest {

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("offline-run");
    private final FaultyProxy network = window.closeAfterTest(new FaultyProxy(testbed.serverUri()));

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    @Timeout(90)
    void pendingGoesBackToZeroAfterTheServerReturns(FxRobot robot) {
        testbed.lab.instrumentWithValidCalibration(org, "SMU-01", InstrumentKind.SMU);
        testbed.lab.approvedRecipe(org, "IV sweep", InstrumentKind.SMU);
        testbed.lab.sample(org, "OR-1");
        UiBench bench = window.signIn(org, "tech", network.uri());
        MainViewModel main = bench.main();
        window.show(() -> bench.screens.mainWindow(main));
        robot.interact(() -> main.section().set(Section.RUNS));

        network.mode(FaultyProxy.Mode.DOWN);
        robot.interact(() -> {
            robot.lookup("#run-recipe").queryComboBox().getSelectionModel().select(0);
            robot.lookup("#run-instrument").queryComboBox().getSelectionModel().select(0);
            robot.lookup("#run-sample").queryComboBox().getSelectionModel().select(0);
        });
        robot.clickOn("#start-run");
        FxWindow.awaitUntil(() -> "Offline".equals(text(robot, "#status-connectivity")));

        assertThat(text(robot, "#status-pending")).isEqualTo("1 change waiting");
        assertThat(robot.lookup("#runs-table").queryTableView().getItems()).hasSize(1);

        network.mode(FaultyProxy.Mode.PASS);
        robot.clickOn("#sync-now");
        FxWindow.awaitUntil(() -> "All changes sent".equals(text(robot, "#status-pending")));

        assertThat(text(robot, "#status-connectivity")).isEqualTo("Online");
        assertThat(text(robot, "#status-last-sync")).startsWith("Last sync ");
        assertThat(new ServerTables(testbed.lab, org).versions("runs")).hasSize(1);
    }
}
