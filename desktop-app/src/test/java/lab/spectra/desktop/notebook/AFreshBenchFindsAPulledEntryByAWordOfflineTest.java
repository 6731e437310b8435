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

/** Entries that came with a fresh bench's first pull are searchable once it is offline. */
class AFreshBenchFindsAPulledEntryByAWordOfflineTest {

    @RegisterExtension
    final FxWindow window = new FxWindow(1200, 700);

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("notebook-pulled");
    private final FaultyProxy network = window.closeAfterTest(new FaultyProxy(testbed.serverUri()));

    @Test
    @Timeout(60)
    void aWordOfAnEntryWrittenElsewhereFindsItAfterTheFirstPull(FxRobot robot) {
        ServerNotebook notebook = new ServerNotebook(org);
        notebook.write(org.engineer(), "Furnace log", "The furnace ran hot by 3 kelvin.");
        notebook.write(org.pi(), "Group meeting", "Plans for the next lot.");
        UiBench bench = window.signIn(org, "tech", network.uri());
        network.mode(FaultyProxy.Mode.DOWN);
        window.show(() -> Views.load(new NotebookController(bench.screens.notebook(), link -> {})));
        ListView<NotebookHit> list = robot.lookup("#notebook-list").queryListView();
        FxWindow.awaitUntil(() -> list.getItems().size() == 2);

        robot.clickOn("#notebook-search").write("kelvin");

        FxWindow.awaitUntil(() -> list.getItems().size() == 1);
        assertThat(list.getItems().get(0).title()).isEqualTo("Furnace log");
        assertThat(list.getItems().get(0).fragment())
                .contains(NotebookHit.MARK_START + "kelvin" + NotebookHit.MARK_END);
    }
}
