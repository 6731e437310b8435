package lab.spectra.desktop.net;

/** The server no longer accepts the session (401): the user has to sign in again. */
public final class NotSignedInException extends RuntimeException {

    public NotSignedInException(String message) {
        super(message);
    }
}
