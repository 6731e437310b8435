package lab.spectra.desktop.sync;

import java.util.UUID;
import lab.spectra.model.command.Command;

/** A command made on this PC that the server has not decided yet. */
public record PendingCommand(long seq, UUID commandId, UUID authorId, Command command) {}
