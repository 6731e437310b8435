package lab.spectra.desktop.app;

import java.util.List;
import java.util.UUID;
import lab.spectra.desktop.problems.ProblemInbox;
import lab.spectra.desktop.sync.SyncProblem;
import lab.spectra.desktop.workstation.Workstation;

/** One person's sync problems on this bench; acknowledging one also recounts the status bar's problems. */
final class BenchProblemInbox implements ProblemInbox {

    private final Workstation workstation;
    private final UUID userId;

    BenchProblemInbox(Workstation workstation, UUID userId) {
        this.workstation = workstation;
        this.userId = userId;
    }

    @Override
    public List<SyncProblem> open() {
        return workstation.problems().openFor(userId);
    }

    @Override
    public void acknowledge(UUID commandId) {
        workstation.problems().acknowledge(commandId);
        workstation.sync().refreshCounts();
    }
}
