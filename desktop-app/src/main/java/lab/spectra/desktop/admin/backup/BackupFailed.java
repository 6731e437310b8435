package lab.spectra.desktop.admin.backup;

/** A backup that was not written or did not verify; the message says why in words. */
public final class BackupFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BackupFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
