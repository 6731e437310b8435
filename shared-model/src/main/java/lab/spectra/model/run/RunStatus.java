package lab.spectra.model.run;

public enum RunStatus {
    PLANNED,
    RUNNING,
    FINISHED,
    ABORTED,
    /** Refused after the fact, e.g. the server found its instrument locked when it synced. */
    BLOCKED;

    public boolean terminal() {
        return this == FINISHED || this == ABORTED || this == BLOCKED;
    }
}
