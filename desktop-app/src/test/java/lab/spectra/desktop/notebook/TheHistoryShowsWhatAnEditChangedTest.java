package lab.spectra.desktop.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javafx.scene.control.ListView;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The edit history of an entry, synced to the bench, shows the changed line between two versions. */
class TheHistoryShowsWhatAnEditChangedTest {

    @RegisterExtension
    final FxWindow window = new FxWindow(1200, 700);

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("notebook-history");

    @Test
    @Timeout(60)
    void theDiffOfTheLastTwoVersionsShowsTheOldLineRemovedAndTheNewOneAdded(FxRobot robot) {
        ServerNotebook notebook = new ServerNotebook(org);
        UUID entry = notebook.write(org.technician(), "Anneal", "Step one\nHeld at 400 C\nCooled slowly");
        notebook.rewrite(
                org.engineer(),
                entry,
                "Step one\nHeld at 400 C\nCooled slowly",
                "Step one\nHeld at 420 C\nCooled slowly");
        UiBench bench = window.signIn(org, "tech");
        window.show(() -> Views.load(new NotebookController(bench.screens.notebook(), link -> {})));
        ListView<NotebookHit> list = robot.lookup("#notebook-list").queryListView();
        FxWindow.awaitUntil(() -> list.getItems().size() == 1);

        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("History");
        ListView<LineDiff.Line> diff = robot.lookup("#history-diff").queryListView();

        FxWindow.awaitUntil(() -> !diff.getItems().isEmpty());
        assertThat(diff.getItems())
                .extracting(LineDiff.Line::marked)
                .containsExactly("  Step one", "- Held at 400 C", "+ Held at 420 C", "  Cooled slowly");
        assertThat(robot.lookup("#entry-meta").queryLabeled().getText()).startsWith("Version 2");
    }
}
