package lab.spectra.desktop.net;

/**
 * The server answered, but with an error of its own (5xx): it is reachable and broken. Like an
 * unreachable server, nothing was decided and the bench keeps working offline (offline sign-in
 * stays possible, changes stay queued); unlike it, people are told the server is at fault, not
 * their network.
 */
public final class ServerErrorException extends ServerUnreachableException {

    private final int status;
    private final String code;

    public ServerErrorException(int status, String code, String serverMessage) {
        super(
                "The server reported an error (HTTP " + status + ")"
                        + (serverMessage == null || serverMessage.isBlank() ? "" : ": " + serverMessage),
                null);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
