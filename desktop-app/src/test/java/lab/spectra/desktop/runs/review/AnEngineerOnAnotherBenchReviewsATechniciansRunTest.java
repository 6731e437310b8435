package lab.spectra.desktop.runs.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import lab.spectra.desktop.runs.RunsController;
import lab.spectra.desktop.runs.RunsViewModel;
import lab.spectra.desktop.runs.data.RunDataViewModel;
import lab.spectra.desktop.sync.BenchReads;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.command.Applied;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.run.FinishRun;
import lab.spectra.model.run.RecordResult;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.runreview.ReviewDecision;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Issue 15 item 5 end to end: a technician runs a sweep on her bench and syncs; an engineer on
 * another bench opens the run on the Runs screen, sees its context (sample, recipe and version,
 * instrument and the certificate it ran under, operator, times), and, with the network gone, rejects
 * it with a comment and his password. The review is signed on his bench with his device key and
 * countersigned by the server at the next sync.
 */
class AnEngineerOnAnotherBenchReviewsATechniciansRunTest {

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("run-review");

    @Test
    @Timeout(120)
    void theEngineerSeesTheRunsContextAndSignsARejectionThatTheServerCountersigns(FxRobot robot) {
        UUID runId = aFinishedRunSyncedFromTheTechniciansBench();
        FaultyProxy network = window.closeAfterTest(new FaultyProxy(testbed.serverUri()));
        UiBench engineer = window.signIn(org, "engineer", network.uri());
        show(engineer);
        selectTheRun(robot);
        network.mode(FaultyProxy.Mode.DOWN);

        FxWindow.awaitUntil(() -> text(robot, "#review-recipe").equals("IV sweep v1"));
        assertThat(text(robot, "#review-sample")).contains("RR-1");
        assertThat(text(robot, "#review-instrument")).isEqualTo("SMU-RR");
        assertThat(text(robot, "#review-calibration")).startsWith("CERT-");
        assertThat(text(robot, "#review-operator")).isNotBlank().isNotEqualTo("?");
        assertThat(text(robot, "#review-started")).isNotBlank();
        assertThat(text(robot, "#review-finished")).isNotBlank();
        assertThat(text(robot, "#review-blocked")).isEmpty();

        // The card sits low in the side panel's scroll pane: its controls are driven directly
        // rather than by pointer, which would need them scrolled into the window first.
        robot.interact(() -> {
            robot.lookup("#open-review").queryButton().fire();
            robot.lookup("#review-decision").queryComboBox().getSelectionModel().select(ReviewDecision.REJECTED);
            robot.lookup("#review-comment")
                    .queryAs(TextArea.class)
                    .setText("Compliance reached above 2 V; repeat with a lower limit");
            robot.lookup("#review-password").queryAs(PasswordField.class).setText(SyncTestbed.PASSWORD);
        });
        assertThat(robot.lookup("#review-form").query().isVisible()).isTrue();
        robot.interact(() -> robot.lookup("#sign-review").queryButton().fire());
        FxWindow.awaitUntil(() -> text(robot, "#review-message").startsWith("Signed"));
        FxWindow.awaitUntil(
                () -> !robot.lookup("#run-reviews").queryTableView().getItems().isEmpty());

        assertThat(text(robot, "#review-message")).isEqualTo("Signed: run rejected");
        ReviewLine shown = (ReviewLine)
                robot.lookup("#run-reviews").queryTableView().getItems().get(0);
        assertThat(shown.review().decision()).isEqualTo(ReviewDecision.REJECTED);
        assertThat(shown.review().reviewComment()).isEqualTo("Compliance reached above 2 V; repeat with a lower limit");
        assertThat(shown.valid()).isTrue();
        assertThat(shown.ofCurrentRun()).isTrue();
        assertThat(shown.state())
                .as("offline: signed here, not yet countersigned")
                .isEqualTo("valid, waiting for sync");

        network.mode(FaultyProxy.Mode.PASS);
        assertThat(engineer.workstation.sync().syncNow().failure()).isNull();
        RunReviewQueries queries = new RunReviewQueries(new BenchReads(engineer.workstation.commands()));
        String hash = queries.context(runId).orElseThrow().contentSha256();
        List<ReviewLine> afterSync = queries.reviews(runId, hash);
        assertThat(afterSync).singleElement().satisfies(line -> {
            assertThat(line.countersigned()).as("countersigned by the server").isTrue();
            assertThat(line.review().reviewerId())
                    .isEqualTo(engineer.session.user().userId());
        });
    }

    @Test
    @Timeout(120)
    void theTechnicianDoesNotSeeTheReviewCard(FxRobot robot) {
        aFinishedRunSyncedFromTheTechniciansBench();
        UiBench technician = window.signIn(org, "tech");
        show(technician);
        selectTheRun(robot);

        assertThat(robot.lookup("#run-review").tryQuery()).isEmpty();
        assertThat(robot.lookup("#runs-table").tryQuery()).isPresent();
    }

    @Test
    @Timeout(120)
    void anEngineerIsToldWhyHeCannotReviewHisOwnRun(FxRobot robot) {
        Sweep sweep = theLabsSweep();
        UiBench engineer = window.signIn(org, "engineer");
        finishedRunOn(engineer, sweep);
        show(engineer);
        selectTheRun(robot);

        FxWindow.awaitUntil(() -> !text(robot, "#review-blocked").isEmpty());
        assertThat(text(robot, "#review-blocked"))
                .isEqualTo("You operated this run; another engineer or PI has to review it.");
        assertThat(robot.lookup("#open-review").queryButton().isDisabled()).isTrue();
    }

    /** The technician's run on her own bench: started, a resistance recorded, finished, synced. */
    private UUID aFinishedRunSyncedFromTheTechniciansBench() {
        Sweep sweep = theLabsSweep();
        try (UiBench technician = UiBench.signIn(org, "tech")) {
            UUID run = finishedRunOn(technician, sweep);
            assertThat(technician.workstation.sync().syncNow().failure()).isNull();
            return run;
        }
    }

    private record Sweep(UUID instrument, UUID recipe, UUID sample) {}

    private Sweep theLabsSweep() {
        return new Sweep(
                testbed.lab.instrumentWithValidCalibration(org, "SMU-RR", InstrumentKind.SMU),
                testbed.lab.approvedRecipe(org, "IV sweep", InstrumentKind.SMU),
                testbed.lab.sample(org, "RR-1"));
    }

    /** A run the bench's person started, recorded a resistance on and finished, on that bench. */
    private static UUID finishedRunOn(UiBench operator, Sweep sweep) {
        Workstation bench = operator.workstation;
        UUID person = operator.session.user().userId();
        StartRun start = new StartRun(
                bench.newMeta(person), Ids.newId(), sweep.recipe(), sweep.instrument(), sweep.sample(), null);
        assertThat(bench.commands().execute(start)).isInstanceOf(Applied.class);
        assertThat(bench.commands()
                        .execute(new RecordResult(
                                bench.newMeta(person),
                                Ids.newId(),
                                start.runId(),
                                "resistance",
                                1.2e3,
                                "Ω",
                                null,
                                null)))
                .isInstanceOf(Applied.class);
        assertThat(bench.commands().execute(new FinishRun(bench.newMeta(person), start.runId())))
                .isInstanceOf(Applied.class);
        return start.runId();
    }

    private void show(UiBench bench) {
        RunsViewModel runs = bench.screens.runs(
                FXCollections.observableArrayList(bench.session.lockouts().evaluate()));
        RunDataViewModel data = bench.screens.runData();
        RunReviewViewModel review = bench.screens.runReview();
        window.show(() -> Views.load(new RunsController(
                runs,
                data,
                owner -> Optional.empty(),
                bench.screens.runReport(),
                (owner, suggested) -> Optional.empty(),
                review)));
    }

    private static void selectTheRun(FxRobot robot) {
        FxWindow.awaitUntil(
                () -> robot.lookup("#runs-table").queryTableView().getItems().size() == 1);
        robot.interact(() ->
                robot.lookup("#runs-table").queryTableView().getSelectionModel().select(0));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
