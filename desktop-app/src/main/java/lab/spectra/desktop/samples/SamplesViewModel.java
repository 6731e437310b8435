package lab.spectra.desktop.samples;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.materials.NewMaterialForm;
import lab.spectra.desktop.store.Page;
import lab.spectra.desktop.ui.CommandSender;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.desktop.ui.Times;
import lab.spectra.model.auth.Action;
import lab.spectra.model.custody.CustodyEvent;
import lab.spectra.model.custody.RecordCustodyEvent;
import lab.spectra.model.id.Ids;
import lab.spectra.model.sample.CreateDevice;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.sample.CreateWafer;
import lab.spectra.model.sample.DeletedSamples;
import lab.spectra.model.sample.Material;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.Wafer;

/**
 * Samples: the list (a window of it at a time, filtered by name or barcode, more as the person
 * scrolls: a lab keeps 100,000 samples), a barcode field a keyboard-wedge scanner types into
 * (code + Enter shows that sample), and the selected sample's wafers, devices and chain of
 * custody. Creating and editing samples, wafers and devices, and recording hand-overs, exist only
 * for roles that may do them.
 */
public final class SamplesViewModel {

    /** How many samples a window of the list adds. */
    public static final int PAGE_SIZE = 100;

    /**
     * How long the filter field waits after a keystroke before it reads: a name typed quickly is
     * one read of the 100,000 samples, not one per letter. Short enough to feel immediate.
     */
    public static final Duration FILTER_QUIET = Duration.ofMillis(120);

    /** The total while it is being counted. */
    private static final long NOT_COUNTED = -1;

    private final SampleQueries queries;
    private final CommandSender commands;
    private final CurrentUser user;
    private final TaskRunner tasks;

    private final ObservableList<Sample> samples = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(NOT_COUNTED);
    private final ObjectProperty<Sample> selected = new SimpleObjectProperty<>();
    private final ObservableList<WaferDevices> wafers = FXCollections.observableArrayList();
    private final ObjectProperty<Wafer> selectedWafer = new SimpleObjectProperty<>();
    private final ObservableList<CustodyEvent> custody = FXCollections.observableArrayList();
    private final StringProperty barcode = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper custodian = new ReadOnlyStringWrapper("");

    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty newBarcode = new SimpleStringProperty("");
    private final StringProperty newLocation = new SimpleStringProperty("");
    private final StringProperty newNotes = new SimpleStringProperty("");

    private final ObjectProperty<Material> newMaterial = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper newBarcodeClash = new ReadOnlyStringWrapper("");

    private final ObservableList<Material> materials = FXCollections.observableArrayList();
    private final BooleanProperty showDeleted = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper deletionNote = new ReadOnlyStringWrapper("");
    private final SampleEditForm editForm;
    private final SampleDeletion deletion;
    private final NewMaterialForm materialForm;

    private final StringProperty waferLabel = new SimpleStringProperty("");
    private final StringProperty waferDiameter = new SimpleStringProperty("");
    private final StringProperty deviceName = new SimpleStringProperty("");
    private final StringProperty deviceType = new SimpleStringProperty("");

    private final StringProperty custodyFrom = new SimpleStringProperty("");
    private final StringProperty custodyTo = new SimpleStringProperty("");
    private final StringProperty custodyLocation = new SimpleStringProperty("");
    private final StringProperty custodyReason = new SimpleStringProperty("");

    private final StringBinding heading;
    private final StringBinding listSummary;
    private final BooleanBinding sampleChosen;
    private final BooleanBinding waferChosen;

    /** What "from" was prefilled with, so a refresh does not overwrite what someone typed. */
    private String prefilledFrom = "";

    private UUID detailsShownFor;
    /** A sample to select once it is read (one just created here). */
    private UUID pendingSelection;
    /** Bumped for every fresh read of the list: an older read's window arriving late is dropped. */
    private int listGeneration;

    private boolean loadingMore;

    /** The read a keystroke in the filter field waits to make; replaced by the next keystroke. */
    private TaskRunner.Pending filterRead = TaskRunner.Pending.NONE;

    /**
     * @param queries   the samples of this PC's local copy
     * @param commands  sends the person's changes
     * @param user      who works: what the role may not do is not offered
     * @param tasks     reads and changes off the JavaFX thread
     * @param localData reloads when the local data changes (a sync, a change made here)
     */
    public SamplesViewModel(
            SampleQueries queries, CommandSender commands, CurrentUser user, TaskRunner tasks, LocalData localData) {
        this.queries = queries;
        this.commands = commands;
        this.user = user;
        this.tasks = tasks;
        editForm = new SampleEditForm(queries, commands, tasks, message::set);
        deletion = new SampleDeletion(commands, selected::get, message::set, this::deleted);
        materialForm = new NewMaterialForm(commands, user, message::set);
        heading = Bindings.createStringBinding(() -> describe(selected.get()), selected, materials);
        listSummary = Bindings.createStringBinding(this::summarize, samples, hasMore, total);
        sampleChosen = selected.isNotNull();
        waferChosen = selectedWafer.isNotNull();
        selected.addListener((observable, before, after) -> selectionChanged(before, after));
        filter.addListener((observable, before, after) -> filterTyped());
        showDeleted.addListener((observable, before, after) -> reloadList(PAGE_SIZE));
        materials.addListener((ListChangeListener<Material>) change -> {
            Sample current = selected.get();
            if (current != null && current.materialId() != null) {
                editForm.materialsRead(materialOf(current.materialId()).orElse(null));
            }
        });
        newBarcode.addListener((observable, before, after) -> checkNewBarcode(after));
        localData.version().addListener((observable, before, after) -> load());
        load();
    }

    // --- what the view binds to -------------------------------------------------------------

    /** The window of the list read so far, by name. */
    public ObservableList<Sample> samples() {
        return samples;
    }

    /** Shows only the samples whose name or barcode contains it (any case); blank shows all. */
    public StringProperty filter() {
        return filter;
    }

    /** Whether samples follow the window read so far: {@link #loadMore} reads them. */
    public ReadOnlyBooleanProperty hasMore() {
        return hasMore.getReadOnlyProperty();
    }

    /** How many samples the list holds in all (filtered), once counted; -1 while counting. */
    public ReadOnlyLongProperty total() {
        return total.getReadOnlyProperty();
    }

    /** How much of the list is shown, in words. */
    public StringBinding listSummary() {
        return listSummary;
    }

    public ObjectProperty<Sample> selected() {
        return selected;
    }

    public ObservableList<WaferDevices> wafers() {
        return wafers;
    }

    /** Where a new device goes: the wafer chosen in the tree (or the wafer of a chosen device). */
    public ObjectProperty<Wafer> selectedWafer() {
        return selectedWafer;
    }

    /** The selected sample's hand-overs, oldest first. */
    public ObservableList<CustodyEvent> custody() {
        return custody;
    }

    public StringProperty barcode() {
        return barcode;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** Who holds the selected sample according to its chain of custody, in words. */
    public ReadOnlyStringProperty custodian() {
        return custodian.getReadOnlyProperty();
    }

    public StringBinding heading() {
        return heading;
    }

    public BooleanBinding sampleChosen() {
        return sampleChosen;
    }

    public BooleanBinding waferChosen() {
        return waferChosen;
    }

    public StringProperty newName() {
        return newName;
    }

    public StringProperty newBarcode() {
        return newBarcode;
    }

    public StringProperty newLocation() {
        return newLocation;
    }

    public StringProperty newNotes() {
        return newNotes;
    }

    public StringProperty editLocation() {
        return editForm.location();
    }

    public StringProperty editNotes() {
        return editForm.notes();
    }

    /** The "Edit sample" form of the selected sample. */
    public SampleEditForm editForm() {
        return editForm;
    }

    /** "Delete sample…" of the selected sample. */
    public SampleDeletion deletion() {
        return deletion;
    }

    /** "New material…", opened from the new-sample or the edit form. */
    public NewMaterialForm materialForm() {
        return materialForm;
    }

    /** The material a new sample is made of; null for none. */
    public ObjectProperty<Material> newMaterial() {
        return newMaterial;
    }

    /** The sample on this PC already holding the barcode typed for a new sample, in words; empty when none. */
    public ReadOnlyStringProperty newBarcodeClash() {
        return newBarcodeClash.getReadOnlyProperty();
    }

    /** The live materials on this PC, by name: the choices of both forms. */
    public ObservableList<Material> materials() {
        return materials;
    }

    /** An admin's "show deleted": the list holds deleted samples too, marked. */
    public BooleanProperty showDeleted() {
        return showDeleted;
    }

    /** Who deleted the selected sample, when and why; empty for a live one. */
    public ReadOnlyStringProperty deletionNote() {
        return deletionNote.getReadOnlyProperty();
    }

    /** The name of a material for the list, empty for none or one not on this PC. */
    public String materialName(UUID materialId) {
        return materialOf(materialId).map(Material::name).orElse("");
    }

    public StringProperty waferLabel() {
        return waferLabel;
    }

    public StringProperty waferDiameter() {
        return waferDiameter;
    }

    public StringProperty deviceName() {
        return deviceName;
    }

    public StringProperty deviceType() {
        return deviceType;
    }

    public StringProperty custodyFrom() {
        return custodyFrom;
    }

    public StringProperty custodyTo() {
        return custodyTo;
    }

    public StringProperty custodyLocation() {
        return custodyLocation;
    }

    public StringProperty custodyReason() {
        return custodyReason;
    }

    // --- who may do what (an action a role may not take is absent, not disabled) ------------

    public boolean mayCreateSample() {
        return user.may(Action.CREATE_SAMPLE);
    }

    public boolean mayEditSample() {
        return user.may(Action.EDIT_SAMPLE);
    }

    public boolean mayDeleteSample() {
        return user.may(Action.DELETE_RECORDS);
    }

    public boolean mayShowDeleted() {
        return DeletedSamples.mayBeListedBy(user.role());
    }

    public boolean mayCreateMaterial() {
        return materialForm.mayCreate();
    }

    public boolean mayCreateWafer() {
        return user.may(Action.CREATE_WAFER);
    }

    public boolean mayCreateDevice() {
        return user.may(Action.CREATE_DEVICE);
    }

    public boolean mayRecordCustody() {
        return user.may(Action.RECORD_CUSTODY_EVENT);
    }

    // --- reading -----------------------------------------------------------------------------

    /** Reads the list window and the selected sample's details again, in the background. */
    public void load() {
        tasks.run(() -> queries.materials().all(), materials::setAll, this::failed);
        reloadList(Math.max(PAGE_SIZE, samples.size()));
        Sample current = selected.get();
        if (current != null) {
            readDetails(current.id());
        }
    }

    /** Reads the next window of the list and adds it, unless one is being read or none follows. */
    public void loadMore() {
        if (!hasMore.get() || loadingMore || samples.isEmpty()) {
            return;
        }
        loadingMore = true;
        int generation = listGeneration;
        String typed = filter.get();
        Sample last = samples.get(samples.size() - 1);
        tasks.run(
                () -> queries.page(typed, last, PAGE_SIZE, includeDeleted()),
                page -> {
                    loadingMore = false;
                    if (generation == listGeneration) {
                        samples.addAll(page.rows());
                        hasMore.set(page.hasMore());
                    }
                },
                failure -> {
                    loadingMore = false;
                    failed(failure);
                });
    }

    /**
     * A keystroke in the filter field: whatever an older filter is still reading is dropped at
     * once, and the new one is read once the typing pauses.
     */
    private void filterTyped() {
        listGeneration++;
        filterRead.cancel();
        filterRead = tasks.afterQuiet(FILTER_QUIET, () -> reloadList(PAGE_SIZE));
    }

    private void reloadList(int size) {
        filterRead.cancel();
        int generation = ++listGeneration;
        String typed = filter.get();
        boolean withDeleted = includeDeleted();
        tasks.run(
                () -> queries.page(typed, null, size, withDeleted),
                page -> showList(generation, page, typed, withDeleted),
                this::failed);
    }

    private void showList(int generation, Page<Sample> page, String typed, boolean withDeleted) {
        if (generation != listGeneration) {
            return; // the filter changed meanwhile: a newer read is on its way
        }
        loadingMore = false;
        samples.setAll(page.rows());
        hasMore.set(page.hasMore());
        if (!page.hasMore()) {
            total.set(page.rows().size()); // the whole list is shown: nothing to count
            return;
        }
        total.set(NOT_COUNTED);
        tasks.run(
                () -> queries.count(typed, withDeleted),
                counted -> {
                    if (generation == listGeneration) {
                        total.set(counted);
                    }
                },
                this::failed);
    }

    private void readDetails(UUID sampleId) {
        boolean withDeleted = includeDeleted();
        tasks.run(
                () -> queries.detailsOf(sampleId, withDeleted),
                found -> {
                    if (!sampleId.equals(idOf(selected.get()))) {
                        return; // the person chose another sample meanwhile
                    }
                    if (found.isEmpty()) {
                        selected.set(null); // deleted meanwhile
                        return;
                    }
                    // The fresh row: edits made elsewhere show (the edit form keeps what was typed).
                    selected.set(found.get().sample());
                    showDetails(found.get());
                },
                this::failed);
    }

    private void showDetails(SampleDetails details) {
        boolean sameSample = details.sample().id().equals(detailsShownFor);
        detailsShownFor = details.sample().id();
        UUID waferId = idOfWafer(selectedWafer.get());
        wafers.setAll(details.wafers());
        selectedWafer.set(details.wafers().stream()
                .map(WaferDevices::wafer)
                .filter(wafer -> wafer.id().equals(waferId))
                .findFirst()
                .orElse(null));
        custody.setAll(details.custody());
        Optional<CustodyEvent> last = details.custody().isEmpty()
                ? Optional.empty()
                : Optional.of(details.custody().get(details.custody().size() - 1));
        custodian.set(last.map(event -> "Held by " + event.toCustodian() + " since " + Times.format(event.occurredAt())
                        + (event.location() == null ? "" : " at " + event.location()))
                .orElse("No hand-over recorded yet"));
        // The custody chain rule: a hand-over starts where the last one ended.
        String lastTo = last.map(CustodyEvent::toCustodian).orElse("");
        if (!sameSample) {
            custodyTo.set("");
            custodyLocation.set("");
            custodyReason.set("");
        }
        if (!sameSample
                || Objects.equals(custodyFrom.get(), prefilledFrom)
                || custodyFrom.get().isBlank()) {
            custodyFrom.set(lastTo);
        }
        prefilledFrom = lastTo;
    }

    private void selectionChanged(Sample before, Sample after) {
        editForm.show(
                after, after == null ? null : materialOf(after.materialId()).orElse(null));
        showDeletion(after);
        if (after == null) {
            detailsShownFor = null;
            wafers.clear();
            custody.clear();
            custodian.set("");
            selectedWafer.set(null);
            deletion.cancel();
            return;
        }
        boolean sameSample = before != null && before.id().equals(after.id());
        if (!sameSample) {
            deletion.cancel();
            selectedWafer.set(null);
            readDetails(after.id());
        }
    }

    // --- the barcode field ---------------------------------------------------------------------

    /**
     * What a keyboard-wedge scanner's Enter does: shows the sample whose barcode is exactly the code
     * (surrounding spaces ignored, letters as stored). An unknown code is said so in words.
     */
    public void scan() {
        String code = barcode.get() == null ? "" : barcode.get().strip();
        if (code.isEmpty()) {
            message.set("Scan a sample's barcode, or type it and press Enter");
            return;
        }
        tasks.run(
                () -> queries.byBarcode(code),
                found -> {
                    if (found.isEmpty()) {
                        message.set("No sample with barcode " + code + " on this PC");
                        return;
                    }
                    selected.set(found.get());
                    barcode.set("");
                    message.set(
                            "Showing " + found.get().name() + " (" + found.get().barcode() + ")");
                },
                this::failed);
    }

    // --- commands ----------------------------------------------------------------------------

    public void createSample() {
        if (!mayCreateSample()) {
            return;
        }
        CreateSample create = new CreateSample(
                commands.newMeta(),
                Ids.newId(),
                newName.get(),
                newBarcode.get(),
                newMaterial.get() == null ? null : newMaterial.get().id(),
                newLocation.get(),
                newNotes.get());
        commands.execute(
                create,
                () -> {
                    message.set("Created sample " + create.name().strip() + queued());
                    newName.set("");
                    newBarcode.set("");
                    newLocation.set("");
                    newNotes.set("");
                    newMaterial.set(null);
                    select(create.sampleId());
                },
                message::set);
    }

    /** Saves the edit form; each change says what it was changed from (ADR 0004). */
    public void saveSample() {
        if (selected.get() == null || !mayEditSample()) {
            return;
        }
        editForm.save();
    }

    /** Opens "New material…" for the new-sample form: the material made is chosen there. */
    public void newMaterialForNewSample() {
        materialForm.open(id -> chooseWhenRead(id, newMaterial::set));
    }

    /** Opens "New material…" for the edit form: the material made is chosen there. */
    public void newMaterialForEdit() {
        materialForm.open(id -> chooseWhenRead(id, editForm::choose));
    }

    public void addWafer() {
        Sample sample = selected.get();
        if (sample == null || !mayCreateWafer()) {
            return;
        }
        Double diameter;
        String typed = waferDiameter.get() == null ? "" : waferDiameter.get().strip();
        try {
            diameter = typed.isEmpty() ? null : Double.valueOf(typed.replace(',', '.'));
        } catch (NumberFormatException e) {
            message.set("The wafer diameter must be a number of millimetres, e.g. 100");
            return;
        }
        CreateWafer create = new CreateWafer(commands.newMeta(), Ids.newId(), sample.id(), waferLabel.get(), diameter);
        commands.execute(
                create,
                () -> {
                    message.set("Added wafer " + create.label().strip() + " to " + sample.name() + queued());
                    waferLabel.set("");
                    waferDiameter.set("");
                },
                message::set);
    }

    public void addDevice() {
        Wafer wafer = selectedWafer.get();
        if (!mayCreateDevice()) {
            return;
        }
        if (wafer == null) {
            message.set("Choose the wafer the device is on");
            return;
        }
        CreateDevice create =
                new CreateDevice(commands.newMeta(), Ids.newId(), wafer.id(), deviceName.get(), deviceType.get());
        commands.execute(
                create,
                () -> {
                    message.set("Added device " + create.name().strip() + " to wafer " + wafer.label() + queued());
                    deviceName.set("");
                    deviceType.set("");
                },
                message::set);
    }

    /** Records that the selected sample changed hands now; the shared rules check the chain. */
    public void recordCustody() {
        Sample sample = selected.get();
        if (sample == null || !mayRecordCustody()) {
            return;
        }
        RecordCustodyEvent event = new RecordCustodyEvent(
                commands.newMeta(),
                Ids.newId(),
                sample.id(),
                custodyFrom.get(),
                custodyTo.get(),
                custodyLocation.get(),
                custodyReason.get());
        commands.execute(
                event,
                () -> {
                    message.set(sample.name() + " handed over from "
                            + event.fromCustodian().strip() + " to "
                            + event.toCustodian().strip() + queued());
                    custodyTo.set("");
                    custodyLocation.set("");
                    custodyReason.set("");
                },
                message::set);
    }

    // --- helpers -----------------------------------------------------------------------------

    private boolean includeDeleted() {
        return showDeleted.get() && mayShowDeleted();
    }

    private Optional<Material> materialOf(UUID materialId) {
        return materialId == null
                ? Optional.empty()
                : materials.stream()
                        .filter(material -> material.id().equals(materialId))
                        .findFirst();
    }

    /** Reads the materials again and hands the one just made to the form that asked for it. */
    private void chooseWhenRead(UUID materialId, Consumer<Material> chosen) {
        tasks.run(
                () -> queries.materials().all(),
                all -> {
                    materials.setAll(all);
                    materialOf(materialId).ifPresent(chosen);
                },
                this::failed);
    }

    private void deleted() {
        if (!includeDeleted()) {
            selected.set(null);
        }
        load();
    }

    private void showDeletion(Sample sample) {
        if (sample == null || !sample.deleted()) {
            deletionNote.set("");
            return;
        }
        tasks.run(
                () -> queries.nameOf(sample.deletedBy()),
                who -> {
                    if (sample.equals(selected.get())) {
                        deletionNote.set("Deleted by " + who.orElse("someone not on this PC") + " on "
                                + Times.format(sample.deletedAt()) + ": "
                                + Objects.requireNonNullElse(sample.deletionReason(), ""));
                    }
                },
                this::failed);
    }

    private void checkNewBarcode(String typed) {
        String code = typed == null ? "" : typed.strip();
        if (code.isEmpty()) {
            newBarcodeClash.set("");
            return;
        }
        tasks.run(
                () -> queries.holderOfBarcode(code),
                holder -> {
                    if (code.equals(
                            newBarcode.get() == null ? "" : newBarcode.get().strip())) {
                        newBarcodeClash.set(holder.map(other -> BarcodeClash.describe(code, other))
                                .orElse(""));
                    }
                },
                this::failed);
    }

    /** Selects a sample once it is read, wherever it falls in the list (one just created here). */
    private void select(UUID sampleId) {
        pendingSelection = sampleId;
        tasks.run(
                () -> queries.detailsOf(sampleId),
                found -> {
                    if (sampleId.equals(pendingSelection)) {
                        pendingSelection = null;
                        found.map(SampleDetails::sample).ifPresent(selected::set);
                    }
                },
                this::failed);
    }

    private void failed(Throwable failure) {
        message.set(Problems.describe(failure));
    }

    private String describe(Sample sample) {
        if (sample == null) {
            return "Scan a barcode or choose a sample";
        }
        String material = materialName(sample.materialId());
        return sample.name() + " · " + sample.barcode() + " · "
                + sample.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (material.isEmpty() ? "" : " · " + material)
                + (sample.location() == null ? "" : " · " + sample.location())
                + (sample.deleted() ? " · deleted" : "");
    }

    private String summarize() {
        int shown = samples.size();
        if (hasMore.get()) {
            String of = total.get() == NOT_COUNTED ? "" : String.format(Locale.ROOT, " of %,d", total.get());
            return "The first " + shown + of + " samples by name; scroll down for more";
        }
        return shown == 1 ? "1 sample" : shown + " samples";
    }

    private static String queued() {
        return "; it is sent to the server with the next sync";
    }

    private static UUID idOf(Sample sample) {
        return sample == null ? null : sample.id();
    }

    private static UUID idOfWafer(Wafer wafer) {
        return wafer == null ? null : wafer.id();
    }
}
