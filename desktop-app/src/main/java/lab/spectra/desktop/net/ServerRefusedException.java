package lab.spectra.desktop.net;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** The server understood the request and refused it (a 4xx other than 401), with its reason. */
public class ServerRefusedException extends RuntimeException {

    private final int status;
    private final String code;
    private final transient JsonNode answer;

    public ServerRefusedException(int status, String code, String message) {
        this(status, code, message, null);
    }

    /** @param answer the server's whole error answer, for refusals that carry details (e.g. lines of a file) */
    public ServerRefusedException(int status, String code, String message, JsonNode answer) {
        super(message);
        this.status = status;
        this.code = code;
        this.answer = answer;
    }

    /** The server's error answer, or an empty object when it sent none. */
    public JsonNode answer() {
        return answer == null ? JsonNodeFactory.instance.objectNode() : answer;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
