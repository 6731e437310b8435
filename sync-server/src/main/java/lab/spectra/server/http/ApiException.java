package lab.spectra.server.http;

/**
 * A request that cannot be served, with the HTTP status, a stable machine-readable code and a
 * sentence for people. Thrown by handlers, turned into a JSON error body in one place.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
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

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, "not_authenticated", message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, "not_permitted", message);
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "not_found", what + " was not found");
    }
}
