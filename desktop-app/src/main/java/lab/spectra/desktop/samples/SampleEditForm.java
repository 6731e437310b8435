package lab.spectra.desktop.samples;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import lab.spectra.desktop.ui.CommandSender;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.sample.EditSample;
import lab.spectra.model.sample.Material;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.SampleStatus;

/**
 * "Edit sample": name, barcode, location, notes, material and status of the selected sample, and
 * the reason for the change, which is required when the status changes (Annex 11 §9). Each changed
 * field says what it was changed from (ADR 0004). A barcode is checked against the samples on
 * this PC as it is typed, deleted ones included, and the sample holding it is named.
 */
public final class SampleEditForm {

    private final SampleQueries queries;
    private final CommandSender commands;
    private final TaskRunner tasks;
    private final Consumer<String> message;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty barcode = new SimpleStringProperty("");
    private final StringProperty location = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObjectProperty<SampleStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Material> material = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper barcodeClash = new ReadOnlyStringWrapper("");
    private final BooleanBinding statusChanges;

    /** The sample as the form was filled from it: the {@code from} of each change. */
    private Sample shown;

    SampleEditForm(SampleQueries queries, CommandSender commands, TaskRunner tasks, Consumer<String> message) {
        this.queries = queries;
        this.commands = commands;
        this.tasks = tasks;
        this.message = message;
        statusChanges = Bindings.createBooleanBinding(
                () -> shown != null && status.get() != null && status.get() != shown.status(), status);
        barcode.addListener((observable, before, after) -> checkBarcode(after));
    }

    /**
     * Fills the form from the sample. For the sample already shown (a fresh copy after a sync or
     * an edit) a field keeps what the person typed and takes the new value only if it was untouched.
     */
    void show(Sample sample, Material itsMaterial) {
        Sample before = shown;
        boolean sameSample = before != null && sample != null && before.id().equals(sample.id());
        shown = sample;
        if (sample == null) {
            name.set("");
            barcode.set("");
            location.set("");
            notes.set("");
            status.set(null);
            material.set(null);
            reason.set("");
            return;
        }
        refill(name, sameSample ? before.name() : null, sample.name(), sameSample);
        refill(barcode, sameSample ? before.barcode() : null, sample.barcode(), sameSample);
        refill(location, sameSample ? before.location() : null, sample.location(), sameSample);
        refill(notes, sameSample ? before.notes() : null, sample.notes(), sameSample);
        if (!sameSample || status.get() == before.status()) {
            status.set(sample.status());
        }
        if (!sameSample || Objects.equals(idOf(material.get()), before.materialId())) {
            material.set(itsMaterial);
        }
        if (!sameSample) {
            reason.set("");
        }
        statusChanges.invalidate();
        checkBarcode(barcode.get());
    }

    /** Sends the changes as one edit; a status change without a reason is not sent. */
    public void save() {
        Sample sample = shown;
        if (sample == null) {
            return;
        }
        FieldChange<String> nameChange = changed(sample.name(), name.get());
        FieldChange<String> barcodeChange = changed(sample.barcode(), barcode.get());
        FieldChange<String> locationChange = changed(sample.location(), location.get());
        FieldChange<String> notesChange = changed(sample.notes(), notes.get());
        FieldChange<SampleStatus> statusChange = status.get() == null || status.get() == sample.status()
                ? null
                : new FieldChange<>(sample.status(), status.get());
        UUID chosenMaterial = idOf(material.get());
        FieldChange<UUID> materialChange = Objects.equals(chosenMaterial, sample.materialId())
                ? null
                : new FieldChange<>(sample.materialId(), chosenMaterial);
        if (nameChange == null
                && barcodeChange == null
                && locationChange == null
                && notesChange == null
                && statusChange == null
                && materialChange == null) {
            message.accept("Nothing to save: the sample is as shown");
            return;
        }
        String why = reason.get() == null ? "" : reason.get().strip();
        if (statusChange != null && why.isEmpty()) {
            message.accept("Say why the status changes: a reason is required");
            return;
        }
        EditSample edit = new EditSample(
                commands.newMeta(),
                sample.id(),
                nameChange,
                barcodeChange,
                locationChange,
                statusChange,
                notesChange,
                materialChange,
                why.isEmpty() ? null : why);
        commands.execute(
                edit,
                () -> {
                    message.accept("Saved " + sample.name() + "; it is sent to the server with the next sync");
                    reason.set("");
                },
                message);
    }

    /** The materials were read (again): the shown sample's material is chosen if it was still untouched. */
    void materialsRead(Material itsMaterial) {
        if (shown != null && (material.get() == null || Objects.equals(idOf(material.get()), shown.materialId()))) {
            material.set(itsMaterial);
        }
    }

    /** Chooses a material just added from this form. */
    void choose(Material added) {
        material.set(added);
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty barcode() {
        return barcode;
    }

    public StringProperty location() {
        return location;
    }

    public StringProperty notes() {
        return notes;
    }

    public ObjectProperty<SampleStatus> status() {
        return status;
    }

    public ObjectProperty<Material> material() {
        return material;
    }

    public StringProperty reason() {
        return reason;
    }

    /** Whether the chosen status differs from the sample's: the reason is then required. */
    public BooleanBinding statusChanges() {
        return statusChanges;
    }

    /** The sample on this PC that already holds the typed barcode, in words; empty when none does. */
    public ReadOnlyStringProperty barcodeClash() {
        return barcodeClash.getReadOnlyProperty();
    }

    private void checkBarcode(String typed) {
        String code = typed == null ? "" : typed.strip();
        Sample editing = shown;
        if (code.isEmpty() || editing == null || code.equals(editing.barcode())) {
            barcodeClash.set("");
            return;
        }
        tasks.run(
                () -> queries.holderOfBarcode(code),
                holder -> {
                    if (!code.equals(barcode.get() == null ? "" : barcode.get().strip())) {
                        return; // typed on meanwhile
                    }
                    barcodeClash.set(holder.filter(other -> !other.id().equals(editing.id()))
                            .map(other -> BarcodeClash.describe(code, other))
                            .orElse(""));
                },
                failure -> message.accept(Problems.describe(failure)));
    }

    private static void refill(StringProperty field, String before, String now, boolean sameSample) {
        String typed = field.get() == null ? "" : field.get();
        if (!sameSample || typed.equals(Objects.requireNonNullElse(before, ""))) {
            field.set(Objects.requireNonNullElse(now, ""));
        }
    }

    private static FieldChange<String> changed(String shown, String typed) {
        String was = Objects.requireNonNullElse(shown, "");
        String now = typed == null ? "" : typed.strip();
        return now.equals(was.strip()) ? null : new FieldChange<>(shown, now);
    }

    private static UUID idOf(Material material) {
        return material == null ? null : material.id();
    }
}
