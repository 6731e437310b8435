package lab.spectra.desktop.session;

import java.util.function.Consumer;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.lockout.InstrumentLockouts;
import lab.spectra.desktop.sync.SyncScheduler;
import lab.spectra.desktop.ui.CommandSender;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Conflict;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Rejected;

/**
 * What every screen of a signed-in person works with: who they are, the bench's data and
 * commands, background tasks, and the signal that local data changed.
 */
public record WorkSession(
        CurrentUser user,
        Workstation workstation,
        TaskRunner tasks,
        LocalData localData,
        SyncScheduler scheduler,
        InstrumentLockouts lockouts)
        implements CommandSender {

    @Override
    public CommandMeta newMeta() {
        return workstation.newMeta(user.userId());
    }

    /**
     * Runs a command on the bench in the background. Applied: screens reload and a sync is
     * requested. Refused by the local rules: {@code onRefused} gets the sentence to show.
     */
    @Override
    public void execute(Command command, Runnable onApplied, Consumer<String> onRefused) {
        tasks.run(
                () -> {
                    Outcome outcome = workstation.commands().execute(command);
                    if (outcome instanceof Applied) {
                        workstation.sync().refreshCounts();
                    }
                    return outcome;
                },
                outcome -> {
                    if (outcome instanceof Applied) {
                        localData.changed();
                        scheduler.requestSync();
                        onApplied.run();
                    } else {
                        onRefused.accept(reason(outcome));
                    }
                },
                failure -> onRefused.accept(Problems.describe(failure)));
    }

    private static String reason(Outcome outcome) {
        if (outcome instanceof Rejected rejected) {
            return rejected.message();
        }
        return ((Conflict) outcome).message();
    }
}
