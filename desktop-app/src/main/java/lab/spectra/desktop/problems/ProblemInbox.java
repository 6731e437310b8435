package lab.spectra.desktop.problems;

import java.util.List;
import java.util.UUID;
import lab.spectra.desktop.sync.SyncProblem;

/** The signed-in person's refused changes on this PC. Both methods block: call them off the JavaFX thread. */
public interface ProblemInbox {

    /** Their problems nobody has acknowledged yet, oldest first. */
    List<SyncProblem> open();

    /** They have read it: it leaves the list (and a run it left blocked here goes with it). */
    void acknowledge(UUID commandId);
}
