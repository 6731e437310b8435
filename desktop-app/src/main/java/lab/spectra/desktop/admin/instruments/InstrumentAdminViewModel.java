package lab.spectra.desktop.admin.instruments;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.ui.CommandSender;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.model.auth.Action;
import lab.spectra.model.calibration.AttachCertificate;
import lab.spectra.model.calibration.RecordCalibration;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.ChangeInstrumentStatus;
import lab.spectra.model.instrument.EditInstrument;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.instrument.InstrumentStatus;
import lab.spectra.model.instrument.MaintenanceTask;
import lab.spectra.model.instrument.PlanMaintenance;
import lab.spectra.model.instrument.RecordMaintenance;
import lab.spectra.model.instrument.RecordRequalification;
import lab.spectra.model.instrument.RegisterInstrument;

/**
 * Administration > Instruments: every instrument with its status, next maintenance and
 * requalification state; registering and editing one, setting its status, planning and recording
 * maintenance, recording a certificate with its file, and recording a requalification. Each is a
 * shared-model command run on the bench and queued for sync, so it works offline; the forms a role
 * may not use are absent.
 */
public final class InstrumentAdminViewModel {

    private static final String RUN_LIMIT = "Requalify after runs";

    private final InstrumentAdminQueries queries;
    private final CertificateFiles files;
    private final CommandSender commands;
    private final CurrentUser user;
    private final TaskRunner tasks;

    private final ObservableList<InstrumentAdminRow> instruments = FXCollections.observableArrayList();
    private final ObjectProperty<InstrumentAdminRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<MaintenanceTask> plan = FXCollections.observableArrayList();

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<InstrumentKind> kind = new SimpleObjectProperty<>();
    private final StringProperty serialNumber = new SimpleStringProperty("");
    private final StringProperty location = new SimpleStringProperty("");
    private final StringProperty runLimit = new SimpleStringProperty("");

    private final ObjectProperty<InstrumentStatus> status = new SimpleObjectProperty<>();
    private final StringProperty statusReason = new SimpleStringProperty("");

    private final ObjectProperty<MaintenanceTask> maintenanceTask = new SimpleObjectProperty<>();
    private final StringProperty maintenanceDone = new SimpleStringProperty("");
    private final StringProperty taskName = new SimpleStringProperty("");
    private final StringProperty taskIntervalDays = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> taskFirstDue = new SimpleObjectProperty<>();

    private final StringProperty certificateNumber = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> issuedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> expiresOn = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> certificateFile = new SimpleObjectProperty<>();

    private final StringProperty requalificationSummary = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public InstrumentAdminViewModel(
            InstrumentAdminQueries queries,
            CertificateFiles files,
            CommandSender commands,
            CurrentUser user,
            TaskRunner tasks,
            LocalData localData) {
        this.queries = queries;
        this.files = files;
        this.commands = commands;
        this.user = user;
        this.tasks = tasks;
        selected.addListener((observable, before, after) -> fillFrom(after));
        localData.version().addListener((observable, before, after) -> load());
    }

    // The lists and the selection.

    public ObservableList<InstrumentAdminRow> instruments() {
        return instruments;
    }

    public ObjectProperty<InstrumentAdminRow> selected() {
        return selected;
    }

    /** The selected instrument's maintenance plan, next due first. */
    public ObservableList<MaintenanceTask> plan() {
        return plan;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    // What each role may see: a form for an action the person may not take is absent.

    public boolean mayRegister() {
        return user.may(Action.REGISTER_INSTRUMENT);
    }

    public boolean mayEdit() {
        return user.may(Action.EDIT_INSTRUMENT);
    }

    public boolean mayChangeStatus() {
        return user.may(Action.CHANGE_INSTRUMENT_STATUS);
    }

    public boolean mayPlanMaintenance() {
        return user.may(Action.PLAN_MAINTENANCE);
    }

    public boolean mayRecordMaintenance() {
        return user.may(Action.RECORD_MAINTENANCE);
    }

    public boolean mayRecordCalibration() {
        return user.may(Action.RECORD_CALIBRATION);
    }

    public boolean mayRecordRequalification() {
        return user.may(Action.RECORD_REQUALIFICATION);
    }

    // The form fields.

    public StringProperty name() {
        return name;
    }

    public ObjectProperty<InstrumentKind> kind() {
        return kind;
    }

    public StringProperty serialNumber() {
        return serialNumber;
    }

    public StringProperty location() {
        return location;
    }

    /** After how many runs it needs requalification; empty for no limit. */
    public StringProperty runLimit() {
        return runLimit;
    }

    public ObjectProperty<InstrumentStatus> status() {
        return status;
    }

    public StringProperty statusReason() {
        return statusReason;
    }

    public ObjectProperty<MaintenanceTask> maintenanceTask() {
        return maintenanceTask;
    }

    public StringProperty maintenanceDone() {
        return maintenanceDone;
    }

    public StringProperty taskName() {
        return taskName;
    }

    public StringProperty taskIntervalDays() {
        return taskIntervalDays;
    }

    public ObjectProperty<LocalDate> taskFirstDue() {
        return taskFirstDue;
    }

    public StringProperty certificateNumber() {
        return certificateNumber;
    }

    public ObjectProperty<LocalDate> issuedOn() {
        return issuedOn;
    }

    public ObjectProperty<LocalDate> expiresOn() {
        return expiresOn;
    }

    /** The certificate's file chosen from disk, or none. */
    public ObjectProperty<Path> certificateFile() {
        return certificateFile;
    }

    public StringProperty requalificationSummary() {
        return requalificationSummary;
    }

    /** The statuses a person may set (retired is only read from older data). */
    public List<InstrumentStatus> settableStatuses() {
        return List.of(
                InstrumentStatus.IN_SERVICE, InstrumentStatus.OUT_OF_SERVICE, InstrumentStatus.UNDER_MAINTENANCE);
    }

    // Loading.

    private record Loaded(List<InstrumentAdminRow> rows, List<MaintenanceTask> plans) {}

    public void load() {
        tasks.run(() -> new Loaded(queries.all(), queries.plans()), this::show, this::failed);
    }

    private void show(Loaded loaded) {
        Optional<UUID> keep = selectedInstrument().map(Instrument::id);
        instruments.setAll(loaded.rows());
        keep.flatMap(id -> loaded.rows().stream()
                        .filter(row -> row.lockout().instrument().id().equals(id))
                        .findFirst())
                .ifPresent(selected::set);
        selectedInstrument()
                .ifPresent(instrument -> plan.setAll(loaded.plans().stream()
                        .filter(task -> task.instrumentId().equals(instrument.id()))
                        .toList()));
    }

    private void fillFrom(InstrumentAdminRow row) {
        plan.clear();
        maintenanceTask.set(null);
        if (row == null) {
            return;
        }
        Instrument instrument = row.lockout().instrument();
        name.set(instrument.name());
        kind.set(instrument.kind());
        serialNumber.set(orEmpty(instrument.serialNumber()));
        location.set(orEmpty(instrument.location()));
        runLimit.set(
                instrument.requalifyAfterRuns() == null
                        ? ""
                        : instrument.requalifyAfterRuns().toString());
        status.set(instrument.status());
        statusReason.set(orEmpty(instrument.statusReason()));
        UUID id = instrument.id();
        tasks.run(
                () -> queries.planOf(id),
                tasksOf -> {
                    if (selectedInstrument()
                            .map(Instrument::id)
                            .filter(id::equals)
                            .isPresent()) {
                        plan.setAll(tasksOf);
                    }
                },
                this::failed);
    }

    private Optional<Instrument> selectedInstrument() {
        return Optional.ofNullable(selected.get()).map(row -> row.lockout().instrument());
    }

    // Actions.

    public void register() {
        if (!readable(runLimit.get(), RUN_LIMIT)) {
            return;
        }
        Integer limit = number(runLimit.get());
        RegisterInstrument register = new RegisterInstrument(
                commands.newMeta(), Ids.newId(), name.get(), kind.get(), serialNumber.get(), location.get());
        send(register, "Registered " + clean(name.get()), () -> {
            if (limit != null) {
                send(
                        new EditInstrument(
                                commands.newMeta(),
                                register.instrumentId(),
                                Ids.newId(),
                                register.name(),
                                register.kind(),
                                register.serialNumber(),
                                register.location(),
                                limit),
                        "Registered " + clean(name.get()),
                        () -> {});
            }
        });
    }

    public void save() {
        Optional<Instrument> instrument = selectedOrSay();
        if (instrument.isEmpty() || !readable(runLimit.get(), RUN_LIMIT)) {
            return;
        }
        send(
                new EditInstrument(
                        commands.newMeta(),
                        instrument.get().id(),
                        Ids.newId(),
                        name.get(),
                        kind.get(),
                        serialNumber.get(),
                        location.get(),
                        number(runLimit.get())),
                "Saved " + clean(name.get()),
                () -> {});
    }

    public void changeStatus() {
        selectedOrSay()
                .ifPresent(instrument -> send(
                        new ChangeInstrumentStatus(
                                commands.newMeta(), instrument.id(), Ids.newId(), status.get(), statusReason.get()),
                        instrument.name() + " is now "
                                + (status.get() == null ? "" : status.get().inWords()),
                        () -> {}));
    }

    public void planTask() {
        Optional<Instrument> instrument = selectedOrSay();
        if (instrument.isEmpty()) {
            return;
        }
        if (!readable(taskIntervalDays.get(), "Interval (days)")) {
            return;
        }
        Integer interval = number(taskIntervalDays.get());
        send(
                new PlanMaintenance(
                        commands.newMeta(),
                        Ids.newId(),
                        instrument.get().id(),
                        taskName.get(),
                        interval,
                        taskFirstDue.get() == null ? null : startOfDay(taskFirstDue.get())),
                "Planned " + clean(taskName.get()) + " for " + instrument.get().name(),
                () -> {
                    taskName.set("");
                    taskIntervalDays.set("");
                    taskFirstDue.set(null);
                });
    }

    public void recordMaintenance() {
        selectedOrSay().ifPresent(instrument -> {
            CommandMeta meta = commands.newMeta();
            MaintenanceTask task = maintenanceTask.get();
            send(
                    new RecordMaintenance(
                            meta,
                            Ids.newId(),
                            instrument.id(),
                            task == null ? null : task.id(),
                            meta.authoredAt(),
                            maintenanceDone.get()),
                    "Recorded maintenance on " + instrument.name() + "; it needs requalification before its next run",
                    () -> maintenanceDone.set(""));
        });
    }

    public void recordRequalification() {
        selectedOrSay().ifPresent(instrument -> {
            CommandMeta meta = commands.newMeta();
            send(
                    new RecordRequalification(
                            meta, Ids.newId(), instrument.id(), meta.authoredAt(), requalificationSummary.get()),
                    "Recorded the requalification of " + instrument.name(),
                    () -> requalificationSummary.set(""));
        });
    }

    /**
     * Records a certificate for the selected instrument and, when a file was chosen, takes the file
     * in (in the background) and attaches it to the certificate.
     */
    public void recordCalibration() {
        Optional<Instrument> instrument = selectedOrSay();
        if (instrument.isEmpty()) {
            return;
        }
        if (issuedOn.get() == null || expiresOn.get() == null) {
            message.set("Enter the certificate's issue and expiry dates");
            return;
        }
        Path file = certificateFile.get();
        RecordCalibration record = new RecordCalibration(
                commands.newMeta(),
                Ids.newId(),
                instrument.get().id(),
                certificateNumber.get(),
                startOfDay(issuedOn.get()),
                startOfDay(expiresOn.get()),
                null,
                null);
        String recorded = "Recorded certificate " + clean(certificateNumber.get()) + " for "
                + instrument.get().name();
        if (file == null) {
            send(record, recorded, this::clearCertificate);
            return;
        }
        tasks.run(
                () -> files.takeIn(file),
                taken -> send(
                        record,
                        recorded,
                        () -> send(
                                new AttachCertificate(
                                        commands.newMeta(),
                                        Ids.newId(),
                                        record.calibrationId(),
                                        file.getFileName().toString(),
                                        mediaTypeOf(file),
                                        taken.sizeBytes(),
                                        taken.contentSha256()),
                                recorded + " with its file " + file.getFileName(),
                                this::clearCertificate)),
                this::failed);
    }

    private void clearCertificate() {
        certificateNumber.set("");
        issuedOn.set(null);
        expiresOn.set(null);
        certificateFile.set(null);
    }

    private void send(Command command, String done, Runnable then) {
        commands.execute(
                command,
                () -> {
                    message.set(done);
                    then.run();
                    load();
                },
                message::set);
    }

    private Optional<Instrument> selectedOrSay() {
        Optional<Instrument> instrument = selectedInstrument();
        if (instrument.isEmpty()) {
            message.set("Select an instrument first");
        }
        return instrument;
    }

    /** Whether the text is empty or a whole number; when it is neither, the message says so. */
    private boolean readable(String text, String label) {
        if (text == null || text.isBlank()) {
            return true;
        }
        try {
            Integer.parseInt(text.strip());
            return true;
        } catch (NumberFormatException e) {
            message.set(label + " must be a whole number");
            return false;
        }
    }

    /** The whole number typed, or {@code null} for an empty field; call after {@link #readable}. */
    private static Integer number(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    }

    private void failed(Throwable failure) {
        message.set(Problems.describe(failure));
    }

    private static String mediaTypeOf(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        return lower.endsWith(".jpg") || lower.endsWith(".jpeg") ? "image/jpeg" : "application/octet-stream";
    }

    private static Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
