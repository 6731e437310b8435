package lab.spectra.desktop.samples;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.spectra.desktop.session.WorkSession;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.Times;
import lab.spectra.model.auth.Action;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.custody.CustodyEvent;
import lab.spectra.model.custody.RecordCustodyEvent;
import lab.spectra.model.id.Ids;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.sample.CreateDevice;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.sample.CreateWafer;
import lab.spectra.model.sample.Device;
import lab.spectra.model.sample.EditSample;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.Wafer;

/**
 * Samples: the list, a barcode field a keyboard-wedge scanner types into (code + Enter shows that
 * sample), and the selected sample's wafers, devices and chain of custody. Creating and editing
 * samples, wafers and devices, and recording hand-overs, exist only for roles that may do them.
 */
public final class SamplesViewModel {

    private final WorkSession session;

    private final ObservableList<Sample> samples = FXCollections.observableArrayList();
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

    private final StringProperty editLocation = new SimpleStringProperty("");
    private final StringProperty editNotes = new SimpleStringProperty("");

    private final StringProperty waferLabel = new SimpleStringProperty("");
    private final StringProperty waferDiameter = new SimpleStringProperty("");
    private final StringProperty deviceName = new SimpleStringProperty("");
    private final StringProperty deviceType = new SimpleStringProperty("");

    private final StringProperty custodyFrom = new SimpleStringProperty("");
    private final StringProperty custodyTo = new SimpleStringProperty("");
    private final StringProperty custodyLocation = new SimpleStringProperty("");
    private final StringProperty custodyReason = new SimpleStringProperty("");

    private final StringBinding heading;
    private final BooleanBinding sampleChosen;
    private final BooleanBinding waferChosen;

    /** The location and notes the edit form started from: the {@code from} of each FieldChange. */
    private String shownLocation = "";

    private String shownNotes = "";
    /** What "from" was prefilled with, so a refresh does not overwrite what someone typed. */
    private String prefilledFrom = "";

    private UUID detailsShownFor;
    /** A sample to select once the list holds it (one just created here). */
    private UUID pendingSelection;

    public SamplesViewModel(WorkSession session) {
        this.session = session;
        heading = Bindings.createStringBinding(() -> describe(selected.get()), selected);
        sampleChosen = selected.isNotNull();
        waferChosen = selectedWafer.isNotNull();
        selected.addListener((observable, before, after) -> selectionChanged(before, after));
        session.localData().version().addListener((observable, before, after) -> load());
        load();
    }

    // --- what the view binds to -------------------------------------------------------------

    public ObservableList<Sample> samples() {
        return samples;
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
        return editLocation;
    }

    public StringProperty editNotes() {
        return editNotes;
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
        return session.user().may(Action.CREATE_SAMPLE);
    }

    public boolean mayEditSample() {
        return session.user().may(Action.EDIT_SAMPLE);
    }

    public boolean mayCreateWafer() {
        return session.user().may(Action.CREATE_WAFER);
    }

    public boolean mayCreateDevice() {
        return session.user().may(Action.CREATE_DEVICE);
    }

    public boolean mayRecordCustody() {
        return session.user().may(Action.RECORD_CUSTODY_EVENT);
    }

    // --- reading -----------------------------------------------------------------------------

    private record Details(UUID sampleId, List<WaferDevices> wafers, List<CustodyEvent> custody) {}

    private record Loaded(List<Sample> samples, Details details) {}

    /** Reads the list, and the selected sample's details, from this PC's data in the background. */
    public void load() {
        UUID selectedId = idOf(selected.get());
        session.tasks()
                .run(
                        () -> session.workstation()
                                .read(state -> new Loaded(
                                        state.<Sample>findOrdered(Table.SAMPLES, "deleted_at IS NULL", "ORDER BY name"),
                                        selectedId == null ? null : details(state, selectedId))),
                        this::show,
                        this::failed);
    }

    private static Details details(JdbcDomainState state, UUID sampleId) {
        List<WaferDevices> parts = state
                .<Wafer>findOrdered(
                        Table.WAFERS, "sample_id = ? AND deleted_at IS NULL", "ORDER BY label, id", sampleId)
                .stream()
                .map(wafer -> new WaferDevices(
                        wafer,
                        state.<Device>findOrdered(
                                Table.DEVICES, "wafer_id = ? AND deleted_at IS NULL", "ORDER BY name, id", wafer.id())))
                .toList();
        List<CustodyEvent> events =
                state.findOrdered(Table.CUSTODY_EVENTS, "sample_id = ?", "ORDER BY occurred_at, id", sampleId);
        return new Details(sampleId, parts, events);
    }

    private void show(Loaded loaded) {
        samples.setAll(loaded.samples());
        UUID wanted = pendingSelection != null ? pendingSelection : idOf(selected.get());
        if (wanted != null) {
            Optional<Sample> current = byId(wanted);
            if (current.isPresent() || pendingSelection == null) {
                selected.set(current.orElse(null));
            }
            if (current.isPresent()) {
                pendingSelection = null;
            }
        }
        if (loaded.details() != null && loaded.details().sampleId().equals(idOf(selected.get()))) {
            showDetails(loaded.details());
        }
    }

    private void loadDetails(UUID sampleId) {
        session.tasks()
                .run(
                        () -> session.workstation().read(state -> details(state, sampleId)),
                        details -> {
                            if (details.sampleId().equals(idOf(selected.get()))) {
                                showDetails(details);
                            }
                        },
                        this::failed);
    }

    private void showDetails(Details details) {
        boolean sameSample = details.sampleId().equals(detailsShownFor);
        detailsShownFor = details.sampleId();
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
        if (after == null) {
            detailsShownFor = null;
            wafers.clear();
            custody.clear();
            custodian.set("");
            selectedWafer.set(null);
            shownLocation = "";
            shownNotes = "";
            editLocation.set("");
            editNotes.set("");
            return;
        }
        String location = Objects.requireNonNullElse(after.location(), "");
        String notes = Objects.requireNonNullElse(after.notes(), "");
        boolean sameSample = before != null && before.id().equals(after.id());
        if (!sameSample || Objects.equals(editLocation.get(), shownLocation)) {
            editLocation.set(location);
        }
        if (!sameSample || Objects.equals(editNotes.get(), shownNotes)) {
            editNotes.set(notes);
        }
        shownLocation = location;
        shownNotes = notes;
        if (!sameSample) {
            selectedWafer.set(null);
            loadDetails(after.id());
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
        session.tasks()
                .run(
                        () -> session.workstation()
                                .read(state -> state.sampleByBarcode(code).filter(sample -> !sample.deleted())),
                        found -> {
                            if (found.isEmpty()) {
                                message.set("No sample with barcode " + code + " on this PC");
                                return;
                            }
                            Sample sample = byId(found.get().id()).orElse(found.get());
                            selected.set(sample);
                            barcode.set("");
                            message.set("Showing " + sample.name() + " (" + sample.barcode() + ")");
                        },
                        this::failed);
    }

    // --- commands ----------------------------------------------------------------------------

    public void createSample() {
        if (!mayCreateSample()) {
            return;
        }
        CreateSample create = new CreateSample(
                session.newMeta(),
                Ids.newId(),
                newName.get(),
                newBarcode.get(),
                null,
                newLocation.get(),
                newNotes.get());
        session.execute(
                create,
                () -> {
                    message.set("Created sample " + create.name().strip() + queued());
                    newName.set("");
                    newBarcode.set("");
                    newLocation.set("");
                    newNotes.set("");
                    select(create.sampleId());
                },
                message::set);
    }

    /** Saves location and notes; each change says what it was changed from (ADR 0004). */
    public void saveSample() {
        Sample sample = selected.get();
        if (sample == null || !mayEditSample()) {
            return;
        }
        FieldChange<String> location = changed(shownLocation, editLocation.get());
        FieldChange<String> notes = changed(shownNotes, editNotes.get());
        if (location == null && notes == null) {
            message.set("Nothing to save: location and notes are as shown");
            return;
        }
        session.execute(
                new EditSample(session.newMeta(), sample.id(), null, null, location, null, notes),
                () -> message.set("Saved " + sample.name() + queued()),
                message::set);
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
        CreateWafer create = new CreateWafer(session.newMeta(), Ids.newId(), sample.id(), waferLabel.get(), diameter);
        session.execute(
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
                new CreateDevice(session.newMeta(), Ids.newId(), wafer.id(), deviceName.get(), deviceType.get());
        session.execute(
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
                session.newMeta(),
                Ids.newId(),
                sample.id(),
                custodyFrom.get(),
                custodyTo.get(),
                custodyLocation.get(),
                custodyReason.get());
        session.execute(
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

    private void select(UUID sampleId) {
        Optional<Sample> inList = byId(sampleId);
        if (inList.isPresent()) {
            selected.set(inList.get());
        } else {
            pendingSelection = sampleId;
        }
    }

    private void failed(Throwable failure) {
        message.set(Problems.describe(failure));
    }

    private Optional<Sample> byId(UUID id) {
        return samples.stream().filter(sample -> sample.id().equals(id)).findFirst();
    }

    private static FieldChange<String> changed(String shown, String typed) {
        String now = typed == null ? "" : typed.strip();
        return now.equals(shown.strip()) ? null : new FieldChange<>(shown.isEmpty() ? null : shown, now);
    }

    private static String describe(Sample sample) {
        if (sample == null) {
            return "Scan a barcode or choose a sample";
        }
        return sample.name() + " · " + sample.barcode() + " · "
                + sample.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (sample.location() == null ? "" : " · " + sample.location());
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
