package lab.spectra.desktop.net;

/** The server could not be reached or could not answer now (network down, 5xx): try again later. */
public final class ServerUnreachableException extends RuntimeException {

    public ServerUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
