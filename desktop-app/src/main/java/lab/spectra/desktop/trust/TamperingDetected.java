package lab.spectra.desktop.trust;

/**
 * Something the bench keeps about trust (a signed snapshot, the time floor, the keyring, the
 * trust anchor) is missing, unsigned or does not match: someone edited this PC's files. It is
 * reported, never obeyed; the person must sign in online.
 */
public final class TamperingDetected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TamperingDetected(String message) {
        super(message);
    }
}
