package lab.spectra.desktop.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ListView;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Without the server, a technician writes an entry; it is listed and found by a word of its text. */
class ATechnicianWritesAnEntryOfflineAndFindsItTest {

    @RegisterExtension
    final FxWindow window = new FxWindow(1200, 700);

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("notebook-offline");
    private final FaultyProxy network = window.closeAfterTest(new FaultyProxy(testbed.serverUri()));

    private ListView<NotebookHit> writeOffline(FxRobot robot, String title, String body) {
        new ServerNotebook(org).write(org.engineer(), "Calibration notes", "Nothing about ovens here.");
        UiBench bench = window.signIn(org, "tech", network.uri());
        network.mode(FaultyProxy.Mode.DOWN);
        window.show(() -> Views.load(new NotebookController(bench.screens.notebook(), link -> {})));
        ListView<NotebookHit> list = robot.lookup("#notebook-list").queryListView();
        FxWindow.awaitUntil(() -> list.getItems().size() == 1);

        robot.clickOn("#notebook-new");
        robot.clickOn("#editor-title").write(title);
        robot.clickOn("#editor-body").write(body);
        robot.clickOn("#editor-save");
        FxWindow.awaitUntil(() -> list.getItems().size() == 2);
        return list;
    }

    @Test
    @Timeout(90)
    void theEntryWrittenOfflineAppearsInTheList(FxRobot robot) {
        ListView<NotebookHit> list = writeOffline(robot, "Oven drift", "The furnace ran hot by 3 kelvin.");

        assertThat(list.getItems()).extracting(NotebookHit::title).contains("Oven drift");
        // Saved, it is selected and shown.
        FxWindow.awaitUntil(() ->
                "Oven drift".equals(robot.lookup("#entry-title").queryLabeled().getText()));
        assertThat(list.getSelectionModel().getSelectedItem().title()).isEqualTo("Oven drift");
    }

    @Test
    @Timeout(90)
    void aWordOfItsTextFindsItOffline(FxRobot robot) {
        ListView<NotebookHit> list = writeOffline(robot, "Oven drift", "The furnace ran hot by 3 kelvin.");

        robot.clickOn("#notebook-search").write("furnace");

        FxWindow.awaitUntil(() -> list.getItems().size() == 1);
        NotebookHit found = list.getItems().get(0);
        assertThat(found.title()).isEqualTo("Oven drift");
        assertThat(found.fragment()).contains(NotebookHit.MARK_START + "furnace" + NotebookHit.MARK_END);
    }
}
