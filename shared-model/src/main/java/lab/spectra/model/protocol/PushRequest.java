package lab.spectra.model.protocol;

import java.util.List;
import lab.spectra.model.command.Command;

/** Pending commands of one user, oldest first. */
public record PushRequest(List<Command> commands) {

    public PushRequest {
        commands = commands == null ? List.of() : List.copyOf(commands);
    }
}
