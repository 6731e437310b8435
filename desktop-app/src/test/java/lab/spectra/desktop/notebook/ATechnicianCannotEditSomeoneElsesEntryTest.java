package lab.spectra.desktop.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
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

/** A technician changes only their own entries: on someone else's the edit action is not there at all. */
class ATechnicianCannotEditSomeoneElsesEntryTest {

    @RegisterExtension
    final FxWindow window = new FxWindow(1200, 700);

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("notebook-edit");

    private void select(FxRobot robot, ListView<NotebookHit> list, String title) {
        NotebookHit hit = list.getItems().stream()
                .filter(found -> found.title().equals(title))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(hit));
        FxWindow.awaitUntil(
                () -> title.equals(robot.lookup("#entry-title").queryLabeled().getText()));
    }

    @Test
    @Timeout(60)
    void theEditActionIsAbsentOnAnEngineersEntryAndPresentOnTheirOwn(FxRobot robot) {
        ServerNotebook notebook = new ServerNotebook(org);
        notebook.write(org.engineer(), "Engineer's page", "Written by the engineer.");
        notebook.write(org.technician(), "My page", "Written by me.");
        UiBench bench = window.signIn(org, "tech");
        window.show(() -> Views.load(new NotebookController(bench.screens.notebook(), link -> {})));
        ListView<NotebookHit> list = robot.lookup("#notebook-list").queryListView();
        FxWindow.awaitUntil(() -> list.getItems().size() == 2);
        Button edit = robot.lookup("#notebook-edit").queryButton();

        select(robot, list, "Engineer's page");
        assertThat(edit.isVisible()).isFalse();
        assertThat(edit.isManaged()).isFalse();

        select(robot, list, "My page");
        FxWindow.awaitUntil(edit::isVisible);
    }

    @Test
    @Timeout(60)
    void aViewerHasNoNewEntryAction(FxRobot robot) {
        UiBench bench = window.signIn(org, "viewer");
        window.show(() -> Views.load(new NotebookController(bench.screens.notebook(), link -> {})));

        assertThat(robot.lookup("#notebook-list").tryQuery()).isPresent();
        assertThat(robot.lookup("#notebook-new").tryQuery()).isEmpty();
    }
}
