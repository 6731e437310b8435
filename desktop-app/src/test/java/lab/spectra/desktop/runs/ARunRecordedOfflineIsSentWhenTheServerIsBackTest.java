package lab.spectra.desktop.runs;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import lab.spectra.desktop.shell.MainViewModel;
import lab.spectra.desktop.shell.Section;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.ServerRows;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The bench keeps working with the server stopped; the status bar shows it, and catches up after. */
@ExtendWith(ApplicationExtension.class)
class ARunRecordedOfflineIsSentWhenTheServerIsBackTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("offline-run");
    private final FaultyProxy network = new FaultyProxy(testbed.serverUri());
    private final FxWindow window = new FxWindow();
    private UiBench bench;

    @Start
    void start(Stage stage) {
        window.start(stage);
    }

    @AfterEach
    void closeAll() {
        bench.close();
        network.close();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    @Timeout(90)
    void pendingGoesBackToZeroAfterTheServerReturns(FxRobot robot) {
        testbed.lab.instrumentWithValidCalibration(org, "SMU-01", InstrumentKind.SMU);
        testbed.lab.approvedRecipe(org, "IV sweep", InstrumentKind.SMU);
        testbed.lab.sample(org, "OR-1");
        bench = UiBench.signIn(org, "tech", network.uri());
        MainViewModel main = bench.main();
        window.show(robot, () -> bench.screens.mainWindow(main));
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
        assertThat(new ServerRows(testbed.lab, org).versions("runs")).hasSize(1);
    }
}
