package lab.spectra.model.testing;

/**
 * One thing someone in a {@link Lab} tries to do, drawn at random before anything runs: what, by
 * whom, when, and the dice that pick its targets and values once it runs. A step names no ids or
 * row versions itself; {@link WorkStepCommands} reads those from the state as it is when the step's
 * turn comes, so a step stays meaningful whatever the steps before it did, and jqwik can shrink a
 * failing sequence one step at a time.
 *
 * @param secondsLater     how long after the previous step it happens, at least a second
 * @param secondsBackdated how much earlier its author's clock says it was made: a bench that was
 *                         offline sends work made before what the server already decided
 * @param dice             seeds the choices made when the step runs (target, values, stale views)
 */
public record WorkStep(Kind kind, Who who, int secondsLater, int secondsBackdated, long dice) {

    /** The commands a lab's day is made of. */
    public enum Kind {
        CREATE_SAMPLE,
        EDIT_SAMPLE,
        DELETE_SAMPLE,
        RECORD_CUSTODY_EVENT,
        CREATE_RECIPE,
        EDIT_RECIPE_DRAFT,
        SUBMIT_RECIPE,
        APPROVE_RECIPE,
        REJECT_RECIPE,
        RETIRE_RECIPE,
        START_RUN,
        RECORD_RESULT,
        FINISH_RUN,
        ABORT_RUN,
        RECORD_CALIBRATION,
        REVOKE_CALIBRATION
    }

    /** Who sends the command: one person per role, a disabled account, and someone sending another's work. */
    public enum Who {
        ADMIN,
        PI,
        ENGINEER,
        TECHNICIAN,
        VIEWER,
        DISABLED_ENGINEER,
        /** The technician sends a command that names the PI as its author. */
        TECHNICIAN_SENDING_THE_PIS_WORK
    }

    public WorkStep {
        if (secondsLater < 1) {
            throw new IllegalArgumentException("A step happens after the one before it");
        }
        if (secondsBackdated < 0) {
            throw new IllegalArgumentException("A step cannot be dated after it happens");
        }
    }
}
