package lab.spectra.desktop.firstrun;

/** Founding the lab did not happen; the message says why in words for the person setting it up. */
public final class LabSetupRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LabSetupRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
