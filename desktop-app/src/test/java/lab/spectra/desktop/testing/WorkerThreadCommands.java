package lab.spectra.desktop.testing;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import lab.spectra.desktop.ui.CommandSender;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;

/**
 * {@link LocalCommands} for a UI test: each command runs on a worker thread (the JavaFX thread must
 * never wait for the database), and its outcome and the "local data changed" signal are handed
 * back on the calling thread, as the bench's own command path does.
 */
public final class WorkerThreadCommands implements CommandSender {

    private final LocalCommands commands;
    private final LocalData localData;
    private final WorkerThreadTaskRunner tasks;

    /** @param localData the screens' signal; bumped on the calling thread once a command applied */
    public WorkerThreadCommands(
            LocalCopy copy, Actor author, Clock clock, LocalData localData, WorkerThreadTaskRunner tasks) {
        // The copy's own signal stays on the worker; the screens hear of changes on their thread.
        this.commands = new LocalCommands(copy, author, clock, new LocalData());
        this.localData = localData;
        this.tasks = tasks;
    }

    @Override
    public CommandMeta newMeta() {
        return commands.newMeta();
    }

    @Override
    public void execute(Command command, Runnable onApplied, Consumer<String> onRefused) {
        tasks.run(
                () -> {
                    String[] refusal = {null};
                    commands.execute(command, () -> {}, reason -> refusal[0] = reason);
                    return Optional.ofNullable(refusal[0]);
                },
                refusal -> {
                    if (refusal.isPresent()) {
                        onRefused.accept(refusal.get());
                    } else {
                        localData.changed();
                        onApplied.run();
                    }
                },
                failure -> onRefused.accept(Problems.describe(failure)));
    }

    public List<Command> sent() {
        return commands.sent();
    }
}
