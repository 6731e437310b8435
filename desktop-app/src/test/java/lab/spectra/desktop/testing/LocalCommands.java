package lab.spectra.desktop.testing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import lab.spectra.desktop.ui.CommandSender;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandHandler;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Conflict;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.id.Ids;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.jdbc.JdbcRowWriter;

/**
 * Sends a view model's commands through the shared rules straight into a {@link LocalCopy}, at
 * once and on the calling thread: what the bench does, without its outbox, signatures or server.
 * Keeps every command it was sent, for the test to look at.
 */
public final class LocalCommands implements CommandSender {

    private static final UUID WORKSTATION = Ids.newId();

    private final LocalCopy copy;
    private final Actor author;
    private final Clock clock;
    private final LocalData localData;
    private final CommandHandler handler = new CommandHandler();
    private final List<Command> sent = new ArrayList<>();

    public LocalCommands(LocalCopy copy, Actor author, Clock clock, LocalData localData) {
        this.copy = copy;
        this.author = author;
        this.clock = clock;
        this.localData = localData;
    }

    @Override
    public CommandMeta newMeta() {
        return new CommandMeta(Ids.newId(), author.userId(), WORKSTATION, clock.instant());
    }

    @Override
    public void execute(Command command, Runnable onApplied, Consumer<String> onRefused) {
        sent.add(command);
        Outcome outcome = copy.transaction(connection -> {
            Outcome decided = handler.handle(
                    command,
                    author,
                    new JdbcDomainState(connection, copy.organizationId, copy.mapper),
                    clock.instant());
            if (decided instanceof Applied applied) {
                new JdbcRowWriter(copy.dialect(), copy.mapper).write(connection, applied.changes());
            }
            return decided;
        });
        if (outcome instanceof Applied) {
            localData.changed();
            onApplied.run();
        } else if (outcome instanceof Rejected rejected) {
            onRefused.accept(rejected.message());
        } else {
            onRefused.accept(((Conflict) outcome).message());
        }
    }

    public List<Command> sent() {
        return List.copyOf(sent);
    }
}
