package lab.spectra.desktop.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.eln.SignatureMeaning;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Under the entry, each signature's manifestation: printed name, meaning, date and time with its
 * zone; one voided by a later edit is struck through and says when and why.
 */
class AVoidedSignatureIsStruckThroughWithItsReasonTest {

    @RegisterExtension
    final FxWindow window = new FxWindow(1200, 700);

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("notebook-voided");

    @Test
    @Timeout(60)
    void anEditAfterSigningStrikesTheSignatureThroughAndGivesTheReason(FxRobot robot) {
        ServerNotebook notebook = new ServerNotebook(org);
        UUID entry = notebook.write(org.technician(), "Anneal", "Held at 400 C");
        notebook.sign(org.technician(), entry, SignatureMeaning.AUTHORED);
        notebook.rewrite(org.engineer(), entry, "Held at 400 C", "Held at 420 C");
        UiBench bench = window.signIn(org, "tech");
        window.show(() -> Views.load(new NotebookController(bench.screens.notebook(), link -> {})));
        ListView<NotebookHit> list = robot.lookup("#notebook-list").queryListView();
        FxWindow.awaitUntil(() -> list.getItems().size() == 1);
        assertThat(list.getItems().get(0).signatures()).isEqualTo(SignatureState.VOIDED);

        robot.interact(() -> list.getSelectionModel().select(0));

        FxWindow.awaitUntil(
                () -> !robot.lookup("#entry-signatures .signature").queryAll().isEmpty());
        TextFlow signature = robot.lookup("#entry-signatures .signature").queryAs(TextFlow.class);
        List<Text> parts = signature.getChildren().stream()
                .filter(Text.class::isInstance)
                .map(Text.class::cast)
                .toList();
        Text manifestation = parts.get(0);
        assertThat(manifestation.getText())
                .startsWith(org.technician().displayName() + " · Authored · ")
                .matches(".* \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} .+ \\(.+\\)");
        assertThat(manifestation.isStrikethrough()).isTrue();
        assertThat(parts.get(1).getText())
                .contains("Voided")
                .contains("Entry changed after signing (edited by "
                        + org.engineer().displayName() + ")");
        assertThat(parts.get(1).isStrikethrough()).isFalse();
        assertThat(signature.getChildren()).allMatch(Node::isVisible);
    }
}
