package lab.spectra.server.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.protocol.CommandResult;

/**
 * Answers a command over HTTP: applied → the row it wrote; rejected → 403, 404, 422 or 409 by
 * the kind of refusal; conflict → 409 with the current row.
 */
public final class CommandResponses {

    private CommandResponses() {}

    public static int statusOf(RejectionCode code) {
        return switch (code.kind()) {
            case PERMISSION -> 403;
            case NOT_FOUND -> 404;
            case VALIDATION -> 422;
            case RULE -> 409;
        };
    }

    /** Sends the first row the command wrote (the record it was about) with {@code successStatus}. */
    public static void send(Context ctx, CommandResult result, int successStatus) {
        if (result instanceof CommandResult.Applied applied) {
            ctx.status(successStatus)
                    .json(
                            applied.rows().isEmpty()
                                    ? Map.of()
                                    : applied.rows().get(0).data());
        } else if (result instanceof CommandResult.Rejected rejected) {
            ctx.status(statusOf(rejected.code()))
                    .json(new ErrorBody(rejected.code().wireName(), rejected.message()));
        } else {
            CommandResult.Conflict conflict = (CommandResult.Conflict) result;
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", RejectionCode.CONFLICT.wireName());
            body.put("message", conflict.message());
            if (conflict.current() != null) {
                body.put("current", conflict.current().data());
            }
            ctx.status(409).json(body);
        }
    }
}
