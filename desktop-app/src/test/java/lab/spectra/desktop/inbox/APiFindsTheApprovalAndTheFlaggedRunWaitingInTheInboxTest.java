package lab.spectra.desktop.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import lab.spectra.desktop.shell.MainViewModel;
import lab.spectra.desktop.shell.Section;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.trust.ReviewFlag;
import lab.spectra.model.trust.ReviewItem;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * A PI signs in and the status bar says two things wait: the engineer's submitted recipe and a run
 * the server flagged when it arrived late. The inbox lists both; Enter on the flagged run opens it
 * on the Runs screen.
 */
class APiFindsTheApprovalAndTheFlaggedRunWaitingInTheInboxTest {

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab lab = testbed.lab;
    private final ServerLab.Org org = testbed.newOrganization("inbox-pi");

    @Test
    @Timeout(120)
    void theSubmittedRecipeAndTheFlaggedRunAreListedAndTheRunOpensOnItsScreen(FxRobot robot) {
        SubmittedDrafts.sweep(lab, org, "Gate leakage");
        UUID flaggedRun = aRunTheServerFlagged();

        UiBench pi = window.signIn(org, "pi");
        MainViewModel main = pi.main();
        window.show(() -> pi.screens.mainWindow(main));

        FxWindow.awaitUntil(() -> robot.lookup("#status-inbox").queryButton().isVisible());
        assertThat(robot.lookup("#status-inbox").queryButton().getText()).isEqualTo("2 waiting");
        robot.clickOn("#status-inbox");
        FxWindow.awaitUntil(() -> robot.lookup("#inbox-table").tryQuery().isPresent());
        TableView<InboxItem> table = robot.lookup("#inbox-table").queryTableView();
        FxWindow.awaitUntil(() -> table.getItems().size() == 2);
        List<InboxItem> items = List.copyOf(table.getItems());
        assertThat(items)
                .extracting(InboxItem::kind)
                .containsExactly(InboxItem.Kind.DECISION, InboxItem.Kind.FLAGGED_RUN);
        assertThat(items.get(0).text())
                .isEqualTo(
                        "Recipe Gate leakage v1, submitted by " + org.engineer().displayName());
        assertThat(items.get(1).text())
                .startsWith("Run Sweep on SMU-IN by " + org.technician().displayName())
                .endsWith("the certificate had expired when this arrived");

        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(1);
        });
        robot.type(KeyCode.ENTER);

        FxWindow.awaitUntil(() -> main.section().get() == Section.RUNS);
        assertThat(main.runToOpen().get()).isEqualTo(flaggedRun);
    }

    /** A technician's run that arrived after its instrument's certificate expired, flagged as the server does. */
    private UUID aRunTheServerFlagged() {
        UUID instrument = lab.instrumentWithValidCalibration(org, "SMU-IN", InstrumentKind.SMU);
        UUID recipe = lab.approvedRecipe(org, "Sweep", InstrumentKind.SMU);
        StartRun start = new StartRun(
                lab.meta(org.technician()), Ids.newId(), recipe, instrument, lab.sample(org, "IN-1"), null);
        ServerLab.expectApplied(lab.run(start, org.technician()));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        lab.commands.insertSystemRows(
                org.organization().id(),
                null,
                "FlagForReview",
                List.of(new ReviewItem(
                        Ids.newId(),
                        org.organization().id(),
                        start.meta().commandId(),
                        org.technician().userId(),
                        null,
                        "StartRun",
                        "runs",
                        start.runId(),
                        ReviewFlag.CALIBRATION_LAPSED_BEFORE_SYNC,
                        "Started while SMU-IN was calibrated; the certificate had expired when this arrived",
                        now.minus(2, ChronoUnit.DAYS),
                        now,
                        null,
                        null,
                        null,
                        now,
                        now,
                        1)));
        return start.runId();
    }
}
