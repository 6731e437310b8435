package lab.spectra.desktop.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lab.spectra.desktop.sync.SyncProblem;
import lab.spectra.desktop.testing.CurrentThreadTaskRunner;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/** Without a server or a database: the sync problems screen's view model over an in-memory inbox. */
class AnAcknowledgedProblemLeavesTheListTest {

    private final Lab lab = new Lab();

    /** The person's refused changes, kept in memory. */
    private static final class InMemoryInbox implements ProblemInbox {

        final List<SyncProblem> open = new ArrayList<>();
        final List<UUID> acknowledged = new ArrayList<>();

        @Override
        public List<SyncProblem> open() {
            return List.copyOf(open);
        }

        @Override
        public void acknowledge(UUID commandId) {
            acknowledged.add(commandId);
            open.removeIf(problem -> problem.commandId().equals(commandId));
        }
    }

    @Test
    void theRefusalIsListedInWordsAndGoesOnceAcknowledged() {
        StartRun refused = new StartRun(
                lab.meta(lab.technician), Ids.newId(), lab.approvedXrdScan.id(), lab.xrd.id(), lab.sample.id(), null);
        InMemoryInbox inbox = new InMemoryInbox();
        inbox.open.add(new SyncProblem(
                refused.meta().commandId(),
                lab.technician.userId(),
                refused,
                SyncProblem.Kind.REJECTED,
                RejectionCode.CALIBRATION_EXPIRED,
                "Calibration expired for XRD-01 on 2026-03-01",
                null,
                refused.runId(),
                Lab.NOW));
        LocalData localData = new LocalData();
        ProblemsViewModel model = new ProblemsViewModel(inbox, new CurrentThreadTaskRunner(), localData);

        assertThat(model.problems()).hasSize(1);
        assertThat(ProblemsViewModel.describe(model.problems().get(0))).isEqualTo("Start Run");
        assertThat(ProblemsViewModel.details(model.problems().get(0)))
                .isEqualTo("Calibration expired for XRD-01 on 2026-03-01");

        model.selected().set(model.problems().get(0));
        model.acknowledge();

        assertThat(inbox.acknowledged).containsExactly(refused.meta().commandId());
        assertThat(model.problems()).isEmpty();
        assertThat(localData.version().get()).as("screens reload").isEqualTo(1);
    }
}
