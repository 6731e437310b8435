package lab.spectra.model.run;

import java.util.Locale;
import java.util.Optional;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;

/**
 * planned → running → finished or aborted; planned or running → blocked when the lockout refuses
 * the run after the fact; planned → aborted. Finished, aborted and blocked are final.
 */
public final class RunLifecycle {

    private RunLifecycle() {}

    public static boolean allows(RunStatus from, RunStatus to) {
        return switch (from) {
            case PLANNED -> to == RunStatus.RUNNING || to == RunStatus.ABORTED || to == RunStatus.BLOCKED;
            case RUNNING -> to == RunStatus.FINISHED || to == RunStatus.ABORTED || to == RunStatus.BLOCKED;
            case FINISHED, ABORTED, BLOCKED -> false;
        };
    }

    public static Optional<Rejected> checkTransition(Run run, RunStatus to) {
        if (allows(run.status(), to)) {
            return Optional.empty();
        }
        return Optional.of(new Rejected(
                RejectionCode.ILLEGAL_TRANSITION,
                "This run is " + run.status().name().toLowerCase(Locale.ROOT) + " and cannot be "
                        + to.name().toLowerCase(Locale.ROOT)));
    }
}
