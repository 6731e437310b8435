package lab.spectra.desktop.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.audit.view.AuditEntryView;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.sample.EditSample;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * An inspector (viewer) finds a sample in the audit trail, sees its history with the old and the
 * new location side by side, checks the chain's integrity from the screen, and exports the view.
 */
class TheAuditViewerShowsASamplesEditAndTheIntegrityCheckTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("audit-ui");

    @RegisterExtension
    final FxWindow window = new FxWindow();

    @Test
    @Timeout(90)
    void theSamplesHistoryShowsOldAndNewValuesAndTheCheckSaysTheTrailIsIntact(FxRobot robot) throws IOException {
        UUID sample = testbed.lab.sample(org, "AU-1");
        ServerLab.expectApplied(testbed.lab.run(
                new EditSample(
                        testbed.lab.meta(org.engineer()),
                        sample,
                        null,
                        null,
                        new FieldChange<>("Cabinet A", "Freezer 2"),
                        null,
                        null,
                        null,
                        "moved for the anneal"),
                org.engineer()));
        Path export = Files.createTempDirectory("audit-export").resolve("view.csv");
        UiBench inspector = window.signIn(org, "viewer");
        window.show(() -> Views.load(
                new AuditController(inspector.screens.audit(), (owner, name, kind, extension) -> Optional.of(export))));

        robot.clickOn("#audit-record-id").write(sample.toString());
        robot.clickOn("#audit-search");
        TableView<AuditEntryView> entries = robot.lookup("#audit-entries").queryTableView();
        FxWindow.awaitUntil(() -> entries.getItems().size() == 2);
        assertThat(entries.getItems()).extracting(AuditEntryView::action).containsExactly("EditSample", "CreateSample");

        robot.interact(() -> entries.getSelectionModel().select(0));
        TableView<HistoryRow> history = robot.lookup("#audit-history").queryTableView();
        FxWindow.awaitUntil(
                () -> history.getItems().stream().anyMatch(row -> row.action().equals("EditSample")));
        HistoryRow moved = history.getItems().stream()
                .filter(row -> row.action().equals("EditSample") && row.field().equals("location"))
                .findFirst()
                .orElseThrow();
        assertThat(moved.before()).isEqualTo("Cabinet A");
        assertThat(moved.after()).isEqualTo("Freezer 2");
        assertThat(moved.who()).isEqualTo("engineer of " + org.organization().slug());
        assertThat(robot.lookup("#audit-history-title").queryAs(Label.class).getText())
                .contains(sample.toString());

        robot.clickOn("#audit-check-integrity");
        Label verdict = robot.lookup("#audit-verdict").queryAs(Label.class);
        FxWindow.awaitUntil(() -> verdict.getText().startsWith("OK"));
        assertThat(verdict.getText()).contains("intact");

        robot.clickOn("#audit-export-csv");
        FxWindow.awaitUntil(() ->
                robot.lookup("#audit-message").queryAs(Label.class).getText().startsWith("Saved"));
        assertThat(Files.readAllLines(export, StandardCharsets.UTF_8)).hasSize(3);
    }
}
