package lab.spectra.desktop.net;

/** The server understood the request and refused it (a 4xx other than 401), with its reason. */
public class ServerRefusedException extends RuntimeException {

    private final int status;
    private final String code;

    public ServerRefusedException(int status, String code, String message) {
        super(message);
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
