package lab.spectra.desktop.net;

/**
 * The server could not be reached or could not answer now: try again later. A server that answers
 * with an error of its own is the subclass {@link ServerErrorException}, so that people can be
 * told which of the two it is.
 */
public class ServerUnreachableException extends RuntimeException {

    public ServerUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
