package lab.spectra.server.http;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.UUID;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.id.Ids;
import lab.spectra.model.org.UserAccount;

/**
 * Wraps a REST write into a command: the caller is the author, the server's clock is the time,
 * {@code Idempotency-Key} (if sent) is the command id so a retried request is answered once, and
 * {@code X-Workstation-Id} names the instrument PC or script (default: "the REST API").
 */
public final class CommandMetas {

    /** Stands for "written through the REST API" when a caller does not name its workstation. */
    public static final UUID REST_API_WORKSTATION = UUID.fromString("00000000-0000-7000-8000-00000000a9e1");

    private final Clock clock;

    public CommandMetas(Clock clock) {
        this.clock = clock;
    }

    public CommandMeta of(Context ctx, UserAccount author) {
        UUID commandId = Requests.idempotencyKey(ctx);
        String workstation = ctx.header("X-Workstation-Id");
        UUID workstationId = REST_API_WORKSTATION;
        if (workstation != null && !workstation.isBlank()) {
            try {
                workstationId = UUID.fromString(workstation.strip());
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("invalid_header", "X-Workstation-Id must be a UUID");
            }
        }
        return new CommandMeta(
                commandId != null ? commandId : Ids.newId(), author.id(), workstationId, clock.instant());
    }
}
