package lab.spectra.desktop.store;

/**
 * A new release could not convert this PC's data; the message says in a technician's words what
 * state the data is in and what to do.
 */
public final class BenchUpdateFailedException extends RuntimeException {

    public BenchUpdateFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
