package lab.spectra.desktop.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Hyperlink;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** While an entry is written, its Markdown is shown rendered: a heading, and a link to a sample that opens it. */
class ThePreviewRendersHeadingsAndRecordLinksTest {

    @RegisterExtension
    final FxWindow window = new FxWindow(1200, 700);

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("notebook-preview");

    @Test
    @Timeout(60)
    void aHeadingAndASampleLinkAreRenderedAndTheLinkOpensTheSample(FxRobot robot) {
        UUID sample = UUID.randomUUID();
        List<RecordLink> opened = new CopyOnWriteArrayList<>();
        UiBench bench = window.signIn(org, "tech");
        window.show(() -> Views.load(new NotebookController(bench.screens.notebook(), opened::add)));

        robot.clickOn("#notebook-new");
        robot.clickOn("#editor-body").write("# Anneal\n\nSee [wafer 7](sample:" + sample + ") for the lot.");

        FxWindow.awaitUntil(
                () -> !robot.lookup("#editor-preview .md-h1").queryAll().isEmpty());
        TextFlow heading = robot.lookup("#editor-preview .md-h1").queryAs(TextFlow.class);
        assertThat(((Text) heading.getChildren().get(0)).getText()).isEqualTo("Anneal");
        Hyperlink link = robot.lookup("#editor-preview .md-record-link").queryAs(Hyperlink.class);
        assertThat(link.getText()).isEqualTo("wafer 7");

        robot.interact(link::fire);

        assertThat(opened).containsExactly(new RecordLink(RecordLink.Kind.SAMPLE, sample));
    }

    @Test
    @Timeout(60)
    void aLinkToAnythingElseIsTextWithItsAddressNotAHyperlink(FxRobot robot) {
        UiBench bench = window.signIn(org, "tech");
        window.show(() -> Views.load(new NotebookController(bench.screens.notebook(), link -> {})));

        robot.clickOn("#notebook-new");
        robot.clickOn("#editor-body").write("Read [this](https://example.org/x) first.");

        FxWindow.awaitUntil(
                () -> !robot.lookup("#editor-preview .md-paragraph").queryAll().isEmpty());
        assertThat(robot.lookup("#editor-preview .md-record-link").queryAll()).isEmpty();
        TextFlow paragraph = robot.lookup("#editor-preview .md-paragraph").queryAs(TextFlow.class);
        assertThat(paragraph.getChildren())
                .filteredOn(node -> node instanceof Text)
                .extracting(node -> ((Text) node).getText())
                .contains("this <https://example.org/x>");
    }
}
