package lab.spectra.desktop.samples;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import lab.spectra.desktop.ui.CommandSender;
import lab.spectra.model.sample.DeleteSample;
import lab.spectra.model.sample.Sample;

/**
 * "Delete sample…" for PIs and admins: asking names the sample and what deleting does, and only
 * a confirmation with a reason deletes it, softly (ADR 0028). The version confirmed is the one
 * shown, so a sample changed meanwhile is a conflict, not a silent deletion.
 */
public final class SampleDeletion {

    private final CommandSender commands;
    private final Supplier<Sample> selected;
    private final Consumer<String> message;
    private final Runnable whenDeleted;

    private final ReadOnlyObjectWrapper<Sample> pending = new ReadOnlyObjectWrapper<>();
    private final StringProperty reason = new SimpleStringProperty("");

    SampleDeletion(CommandSender commands, Supplier<Sample> selected, Consumer<String> message, Runnable whenDeleted) {
        this.commands = commands;
        this.selected = selected;
        this.message = message;
        this.whenDeleted = whenDeleted;
    }

    /** Asks for the reason and a confirmation for the selected sample. */
    public void ask() {
        Sample sample = selected.get();
        if (sample == null || sample.deleted()) {
            return;
        }
        reason.set("");
        pending.set(sample);
    }

    public void cancel() {
        pending.set(null);
        reason.set("");
    }

    public void confirm() {
        Sample sample = pending.get();
        if (sample == null) {
            return;
        }
        String why = reason.get() == null ? "" : reason.get().strip();
        if (why.isEmpty()) {
            message.accept("Say why " + sample.name() + " is deleted: a reason is required");
            return;
        }
        commands.execute(
                new DeleteSample(commands.newMeta(), sample.id(), why, sample.rowVersion()),
                () -> {
                    message.accept("Deleted " + sample.name() + "; it is sent to the server with the next sync");
                    cancel();
                    whenDeleted.run();
                },
                message);
    }

    /** The sample waiting for a confirmation, or null. */
    public ReadOnlyObjectProperty<Sample> pending() {
        return pending.getReadOnlyProperty();
    }

    public StringProperty reason() {
        return reason;
    }

    /** What the confirmation says: which sample, and that it stays with its barcode. */
    public static String confirmation(Sample sample) {
        return sample == null
                ? ""
                : "Delete " + sample.name() + " (" + sample.barcode() + ")? It leaves every list but an admin's"
                        + " \"show deleted\"; its barcode stays taken and the audit trail keeps the reason.";
    }
}
