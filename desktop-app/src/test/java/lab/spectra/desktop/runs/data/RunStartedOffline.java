package lab.spectra.desktop.runs.data;

import java.nio.file.Path;
import java.util.Optional;
import javafx.collections.FXCollections;
import lab.spectra.desktop.runs.RunsController;
import lab.spectra.desktop.runs.RunsViewModel;
import lab.spectra.desktop.runs.report.ReportFileChooser;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.server.testing.ServerLab;
import org.testfx.api.FxRobot;

/**
 * The Runs screen of a technician whose network went down, with a run she has just started on
 * the lab's first recipe, instrument and sample, selected so its data tab shows. The lab's records
 * are the test's to create beforehand; the file chooser answers {@code export}.
 */
public final class RunStartedOffline {

    private RunStartedOffline() {}

    public static UiBench on(FxWindow window, SyncTestbed testbed, ServerLab.Org org, FxRobot robot, Path export) {
        return on(window, testbed, org, robot, export, (owner, suggested) -> Optional.empty());
    }

    public static UiBench on(
            FxWindow window,
            SyncTestbed testbed,
            ServerLab.Org org,
            FxRobot robot,
            Path export,
            ReportFileChooser reportChooser) {
        FaultyProxy network = window.closeAfterTest(new FaultyProxy(testbed.serverUri()));
        UiBench bench = window.signIn(org, "tech", network.uri());
        network.mode(FaultyProxy.Mode.DOWN);
        RunsViewModel runs = bench.screens.runs(
                FXCollections.observableArrayList(bench.session.lockouts().evaluate()));
        RunDataViewModel data = bench.screens.runData();
        window.show(() -> Views.load(new RunsController(
                runs, data, owner -> Optional.of(export), bench.screens.runReport(), reportChooser)));
        robot.interact(() -> {
            robot.lookup("#run-recipe").queryComboBox().getSelectionModel().select(0);
            robot.lookup("#run-instrument").queryComboBox().getSelectionModel().select(0);
            robot.lookup("#run-sample").queryComboBox().getSelectionModel().select(0);
        });
        robot.clickOn("#start-run");
        FxWindow.awaitUntil(
                () -> robot.lookup("#runs-table").queryTableView().getItems().size() == 1);
        robot.interact(() ->
                robot.lookup("#runs-table").queryTableView().getSelectionModel().select(0));
        return bench;
    }
}
