package lab.spectra.desktop.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.desktop.ui.Times;
import lab.spectra.model.audit.FieldChanges;
import lab.spectra.model.audit.view.AuditEntryPage;
import lab.spectra.model.audit.view.AuditEntryView;
import lab.spectra.model.audit.view.AuditVerificationStatus;

/**
 * The audit-trail viewer (online only): a filtered list of entries read a page at a time, the
 * history of the record picked in it with old and new values side by side, "Check integrity" with
 * the server's verification followed in the background, and exports of the filtered view.
 */
public final class AuditViewModel {

    public static final int PAGE = 100;

    /** How long to wait between two looks at a running verification. */
    static final long POLL_MILLIS = 250;

    /** The tables the viewer offers to filter by; any other can be typed. */
    public static final List<String> TABLES = List.of(
            "samples",
            "materials",
            "devices",
            "wafers",
            "recipes",
            "sops",
            "runs",
            "results",
            "instruments",
            "calibrations",
            "qualifications",
            "eln_entries",
            "users");

    private final AuditTrailAccess trail;
    private final TaskRunner tasks;
    private final ObservableList<AuditQueries.Person> people = FXCollections.observableArrayList();
    private final StringProperty table = new SimpleStringProperty("");
    private final StringProperty recordId = new SimpleStringProperty("");
    private final ObjectProperty<AuditQueries.Person> person = new SimpleObjectProperty<>();
    private final StringProperty action = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty workstationId = new SimpleStringProperty("");
    private final ObservableList<AuditEntryView> entries = FXCollections.observableArrayList();
    private final BooleanProperty more = new SimpleBooleanProperty(false);
    private final ObjectProperty<AuditEntryView> selected = new SimpleObjectProperty<>();
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper historyTitle =
            new ReadOnlyStringWrapper("Pick an entry to see its record's history");
    private final DoubleProperty verificationProgress = new SimpleDoubleProperty(0);
    private final BooleanProperty verifying = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private AuditQuery shown = AuditQuery.ANY;
    private Long next;

    public AuditViewModel(AuditTrailAccess trail, Callable<List<AuditQueries.Person>> knownPeople, TaskRunner tasks) {
        this.trail = trail;
        this.tasks = tasks;
        selected.addListener((observable, before, after) -> showHistoryOf(after));
        tasks.run(knownPeople, people::setAll, failure -> message.set(Problems.describe(failure)));
        search();
    }

    public ObservableList<AuditQueries.Person> people() {
        return people;
    }

    public StringProperty table() {
        return table;
    }

    public StringProperty recordId() {
        return recordId;
    }

    public ObjectProperty<AuditQueries.Person> person() {
        return person;
    }

    public StringProperty action() {
        return action;
    }

    public ObjectProperty<LocalDate> from() {
        return from;
    }

    public ObjectProperty<LocalDate> to() {
        return to;
    }

    public StringProperty workstationId() {
        return workstationId;
    }

    public ObservableList<AuditEntryView> entries() {
        return entries;
    }

    /** Whether older entries match than those shown. */
    public ReadOnlyBooleanProperty more() {
        return more;
    }

    public ObjectProperty<AuditEntryView> selected() {
        return selected;
    }

    public ObservableList<HistoryRow> history() {
        return history;
    }

    public ReadOnlyStringProperty historyTitle() {
        return historyTitle.getReadOnlyProperty();
    }

    /** Between 0 and 1 while a verification runs. */
    public ReadOnlyDoubleProperty verificationProgress() {
        return verificationProgress;
    }

    public ReadOnlyBooleanProperty verifying() {
        return verifying;
    }

    /** What the last verification found, in words. */
    public ReadOnlyStringProperty verdict() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** Shows the newest page of entries matching the filter as set now. */
    public void search() {
        Optional<AuditQuery> query = query();
        if (query.isEmpty()) {
            return;
        }
        AuditQuery asked = query.get();
        message.set("");
        tasks.run(
                () -> trail.entries(asked, null, PAGE),
                page -> {
                    shown = asked;
                    entries.setAll(page.entries());
                    showed(page);
                },
                failure -> message.set(Problems.describeOnline(failure)));
    }

    /** Adds the next (older) page under those shown. */
    public void loadMore() {
        Long before = next;
        if (before == null) {
            return;
        }
        AuditQuery asked = shown;
        tasks.run(
                () -> trail.entries(asked, before, PAGE),
                page -> {
                    entries.addAll(page.entries());
                    showed(page);
                },
                failure -> message.set(Problems.describeOnline(failure)));
    }

    private void showed(AuditEntryPage page) {
        next = page.next();
        more.set(next != null);
        if (entries.isEmpty()) {
            message.set("No audit entry matches this filter");
        }
    }

    /** Runs the server's verification, following its progress until it has a verdict. */
    public void checkIntegrity() {
        if (verifying.get()) {
            return;
        }
        verifying.set(true);
        verificationProgress.set(0);
        verdict.set("Checking the audit trail on the server\u2026");
        tasks.run(() -> trail.startVerification(false), this::follow, this::verificationFailed);
    }

    private void follow(AuditVerificationStatus status) {
        verificationProgress.set(status.progress());
        if (status.finished()) {
            verifying.set(false);
            verdict.set(words(status));
            return;
        }
        verdict.set(
                "Checking the audit trail on the server: " + status.checked() + " of " + status.toCheck() + " entries");
        tasks.run(
                () -> {
                    Thread.sleep(POLL_MILLIS);
                    return trail.verification(status.id());
                },
                this::follow,
                this::verificationFailed);
    }

    private void verificationFailed(Throwable failure) {
        verifying.set(false);
        verdict.set("The check could not run: " + Problems.describeOnline(failure));
    }

    static String words(AuditVerificationStatus status) {
        if (status.state() == AuditVerificationStatus.State.FAILED) {
            return status.description();
        }
        String how = status.incremental()
                ? " (checked " + status.checked() + " entries after the signed checkpoint at entry #"
                        + status.fromSequence() + ")"
                : " (checked all " + status.checked() + " entries)";
        String broken = status.brokenSequence() == null ? "" : " First broken entry: #" + status.brokenSequence() + ".";
        return status.verdict() + ": " + status.description() + how + "." + broken;
    }

    /** Saves the filtered view, as shown, as {@code csv} or {@code pdf}. */
    public void export(String format, Path target) {
        AuditQuery asked = shown;
        tasks.run(
                () -> {
                    trail.export(asked, format, target);
                    return target;
                },
                saved -> message.set("Saved the audit trail's " + format.toUpperCase(java.util.Locale.ROOT) + " as "
                        + saved.getFileName()),
                failure -> message.set(Problems.describeOnline(failure)));
    }

    private void showHistoryOf(AuditEntryView entry) {
        history.clear();
        if (entry == null || entry.table() == null || entry.recordId() == null) {
            historyTitle.set(
                    entry == null ? "Pick an entry to see its record's history" : "This entry names no record");
            return;
        }
        historyTitle.set("History of " + entry.table() + " " + entry.recordId());
        tasks.run(
                () -> trail.history(entry.table(), entry.recordId()),
                found -> history.setAll(HistoryRow.of(found)),
                failure -> message.set(Problems.describeOnline(failure)));
    }

    /** The filter as typed, or empty (with a message) when a value is not one. */
    private Optional<AuditQuery> query() {
        UUID record;
        UUID workstation;
        try {
            record = uuid(recordId.get(), "The record id");
            workstation = uuid(workstationId.get(), "The workstation id");
        } catch (IllegalArgumentException notAnId) {
            message.set(notAnId.getMessage());
            return Optional.empty();
        }
        if (from.get() != null && to.get() != null && to.get().isBefore(from.get())) {
            message.set("The first day must not be after the last");
            return Optional.empty();
        }
        return Optional.of(new AuditQuery(
                blankToNull(table.get()),
                record,
                person.get() == null ? null : person.get().id(),
                blankToNull(action.get()),
                from.get(),
                to.get(),
                workstation));
    }

    /** Null when blank; an id; or a refusal that says which value is not one. */
    private static UUID uuid(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    what + " must be an id such as 3f2a6c1e-\u2026; '" + text.strip() + "' is not one", e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The person column: the name, or "system" for what the server wrote itself. */
    public static String who(AuditEntryView entry) {
        return entry.actor() == null ? "system" : entry.actor().label();
    }

    /** The workstation column: its name when the server knows it; empty for the web API. */
    public static String workstation(AuditEntryView entry) {
        return entry.workstation() == null ? "" : entry.workstation().label();
    }

    /** Whether the entry made its record (it has no value before). */
    public static boolean creates(AuditEntryView entry) {
        return absent(entry.oldValue()) && !absent(entry.newValue());
    }

    private static boolean absent(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode();
    }

    public static String when(AuditEntryView entry) {
        return Times.format(entry.occurredAt());
    }

    public static String record(AuditEntryView entry) {
        return (entry.table() == null ? "" : entry.table())
                + (entry.recordId() == null
                        ? ""
                        : " " + entry.recordId().toString().substring(0, 8) + "\u2026");
    }

    /** What the entry changed, in one line. */
    public static String changes(AuditEntryView entry) {
        List<FieldChanges.Changed> changed = FieldChanges.between(entry.oldValue(), entry.newValue());
        if (creates(entry)) {
            return "created with " + changed.size() + " fields";
        }
        return changed.stream()
                .filter(field ->
                        !field.field().equals("row_version") && !field.field().equals("updated_at"))
                .map(FieldChanges.Changed::describe)
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
    }
}
