package lab.spectra.desktop.ui;

import java.util.function.Consumer;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;

/**
 * How a screen changes data: it builds a command and sends it here. The bench runs it locally
 * first, in the background, and answers on the JavaFX thread.
 */
public interface CommandSender {

    /** The meta of a new command by the person signed in, dated by the trusted clock. */
    CommandMeta newMeta();

    /**
     * Runs a command on the bench in the background. Applied: screens reload and a sync is
     * requested, then {@code onApplied} runs. Refused by the local rules: {@code onRefused} gets
     * the sentence to show.
     */
    void execute(Command command, Runnable onApplied, Consumer<String> onRefused);
}
