package lab.spectra.desktop.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.Signature;
import lab.spectra.model.eln.SignatureMeaning;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The notebook's day, through the screens: a technician writes an entry offline and signs it as
 * author offline (no "reviewed" for their own entry); the lab's server countersigns it when the
 * bench syncs; the PI reviews it online; an engineer's edit voids both signatures, which the
 * technician then sees struck through, with who voided them.
 */
class AnEntrySignedOfflineIsCountersignedReviewedAndVoidedByAnEditTest {

    @RegisterExtension
    final FxWindow window = new FxWindow(1200, 700);

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("notebook-day");
    private final FaultyProxy network = window.closeAfterTest(new FaultyProxy(testbed.serverUri()));

    private ListView<NotebookHit> showNotebook(FxRobot robot, UiBench bench, int entries) {
        window.show(() -> Views.load(new NotebookController(bench.screens.notebook(), link -> {})));
        ListView<NotebookHit> list = robot.lookup("#notebook-list").queryListView();
        FxWindow.awaitUntil(() -> list.getItems().size() == entries);
        return list;
    }

    @SuppressWarnings("unchecked")
    private static void sign(FxRobot robot, SignatureMeaning meaning, List<SignatureMeaning> offered) {
        robot.clickOn("#notebook-sign");
        FxWindow.awaitUntil(() -> robot.lookup("#sign-meaning").tryQuery().isPresent());
        ComboBox<SignatureMeaning> meanings = robot.lookup("#sign-meaning").queryAs(ComboBox.class);
        assertThat(meanings.getItems()).containsExactlyElementsOf(offered);
        robot.interact(() -> meanings.setValue(meaning));
        robot.clickOn("#sign-password").write(SyncTestbed.PASSWORD);
        robot.clickOn("#sign-button");
        FxWindow.awaitUntil(() ->
                robot.lookup("#sign-message").queryAs(Label.class).getText().startsWith("Signed"));
        robot.interact(
                () -> ((Stage) robot.lookup("#sign-dialog").query().getScene().getWindow()).close());
    }

    private static List<Signature> signatures(UiBench bench, UUID entry) {
        return bench.workstation.read(state -> state.signaturesOf(ElnEntry.RECORD_TABLE, entry));
    }

    @Test
    @Timeout(240)
    void signedOfflineCountersignedReviewedThenVoidedVisibly(FxRobot robot) {
        UiBench tech = window.signIn(org, "tech", network.uri());
        network.mode(FaultyProxy.Mode.DOWN);
        ListView<NotebookHit> list = showNotebook(robot, tech, 0);
        robot.clickOn("#notebook-new");
        robot.clickOn("#editor-title").write("Anneal log");
        robot.clickOn("#editor-body").write("Held at 400 C for 2 h under N2.");
        robot.clickOn("#editor-save");
        FxWindow.awaitUntil(() -> list.getItems().size() == 1
                && "Anneal log"
                        .equals(robot.lookup("#entry-title").queryLabeled().getText()));
        UUID entry = list.getItems().get(0).id();

        sign(robot, SignatureMeaning.AUTHORED, List.of(SignatureMeaning.AUTHORED));
        assertThat(signatures(tech, entry)).singleElement().satisfies(signature -> {
            assertThat(signature.deviceSignature()).isNotNull();
            assertThat(signature.countersignedAt()).isNull();
        });

        network.mode(FaultyProxy.Mode.PASS);
        assertThat(tech.workstation.sync().syncNow().refused()).isZero();
        assertThat(signatures(tech, entry))
                .singleElement()
                .satisfies(signature -> assertThat(signature.countersignedAt()).isNotNull());

        UiBench pi = window.signIn(org, "pi");
        ListView<NotebookHit> piList = showNotebook(robot, pi, 1);
        robot.interact(() -> piList.getSelectionModel().select(0));
        FxWindow.awaitUntil(() -> robot.lookup("#notebook-sign").query().isVisible());
        sign(
                robot,
                SignatureMeaning.REVIEWED,
                List.of(
                        SignatureMeaning.AUTHORED,
                        SignatureMeaning.REVIEWED,
                        SignatureMeaning.APPROVED,
                        SignatureMeaning.WITNESSED));
        assertThat(pi.workstation.sync().syncNow().refused()).isZero();

        UiBench engineer = window.signIn(org, "engineer");
        ListView<NotebookHit> engineerList = showNotebook(robot, engineer, 1);
        robot.interact(() -> engineerList.getSelectionModel().select(0));
        FxWindow.awaitUntil(() -> robot.lookup("#notebook-edit").query().isVisible());
        robot.clickOn("#notebook-edit");
        robot.clickOn("#editor-body").write(" Ramp 5 K/min.");
        robot.clickOn("#editor-save");
        FxWindow.awaitUntil(() -> signatures(engineer, entry).stream().noneMatch(Signature::valid));
        assertThat(engineer.workstation.sync().syncNow().refused()).isZero();

        tech.workstation.sync().syncNow();
        ListView<NotebookHit> techList = showNotebook(robot, tech, 1);
        robot.interact(() -> techList.getSelectionModel().select(0));
        FxWindow.awaitUntil(
                () -> robot.lookup("#entry-signatures .signature").queryAll().size() == 2);
        for (javafx.scene.Node node :
                robot.lookup("#entry-signatures .signature").queryAll()) {
            List<Text> parts = ((TextFlow) node)
                    .getChildren().stream()
                            .filter(Text.class::isInstance)
                            .map(Text.class::cast)
                            .toList();
            assertThat(parts.get(0).isStrikethrough()).isTrue();
            assertThat(parts.get(1).getText())
                    .contains("Voided")
                    .contains("by " + org.engineer().displayName());
        }
    }
}
