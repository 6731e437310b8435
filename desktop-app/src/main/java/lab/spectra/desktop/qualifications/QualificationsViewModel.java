package lab.spectra.desktop.qualifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.qualification.RecordQualification;
import lab.spectra.model.qualification.RevokeQualification;
import lab.spectra.model.sop.Sop;

/**
 * The Qualifications screen: everyone's qualifications with their state, and for PIs and admins
 * the forms to record one (a person, an instrument kind, optionally one recipe lineage, the SOP
 * version they were trained on, and the dates) and to revoke the selected one (ADR 0015).
 */
public final class QualificationsViewModel {

    /** A new qualification is proposed for two years, a common retraining interval. */
    static final int PROPOSED_VALIDITY_YEARS = 2;

    private final QualificationQueries queries;
    private final CommandSender commands;
    private final CurrentUser user;
    private final Clock trustedClock;
    private final TaskRunner tasks;
    private final ObservableList<QualificationRow> rows = FXCollections.observableArrayList();
    private final ObservableList<UserAccount> people = FXCollections.observableArrayList();
    private final ObservableList<Sop> sops = FXCollections.observableArrayList();
    private final ObjectProperty<QualificationRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<UserAccount> person = new SimpleObjectProperty<>();
    private final ObjectProperty<InstrumentKind> kind = new SimpleObjectProperty<>();
    private final StringProperty recipeName = new SimpleStringProperty("");
    private final ObjectProperty<Sop> sop = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> qualifiedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> expiresOn = new SimpleObjectProperty<>();
    private final StringProperty revocationReason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private record Loaded(List<QualificationRow> rows, List<UserAccount> people, List<Sop> sops) {}

    public QualificationsViewModel(
            QualificationQueries queries,
            CommandSender commands,
            CurrentUser user,
            Clock trustedClock,
            TaskRunner tasks,
            LocalData localData) {
        this.queries = queries;
        this.commands = commands;
        this.user = user;
        this.trustedClock = trustedClock;
        this.tasks = tasks;
        proposeDates();
        localData.version().addListener((observable, before, after) -> load());
        load();
    }

    public void load() {
        tasks.run(
                () -> new Loaded(
                        queries.all(trustedClock.instant()),
                        mayManage() ? queries.activePeople() : List.of(),
                        mayManage() ? queries.approvedSops() : List.of()),
                loaded -> {
                    rows.setAll(loaded.rows());
                    people.setAll(loaded.people());
                    sops.setAll(loaded.sops());
                },
                failure -> message.set(Problems.describe(failure)));
    }

    /** Whether the record and revoke forms exist at all for this person (absent, not disabled, otherwise). */
    public boolean mayManage() {
        return user.may(Action.RECORD_QUALIFICATION);
    }

    public ObservableList<QualificationRow> rows() {
        return rows;
    }

    public ObservableList<UserAccount> people() {
        return people;
    }

    public ObservableList<Sop> sops() {
        return sops;
    }

    public List<InstrumentKind> kinds() {
        return List.of(InstrumentKind.values());
    }

    public ObjectProperty<QualificationRow> selected() {
        return selected;
    }

    public ObjectProperty<UserAccount> person() {
        return person;
    }

    public ObjectProperty<InstrumentKind> kind() {
        return kind;
    }

    public StringProperty recipeName() {
        return recipeName;
    }

    public ObjectProperty<Sop> sop() {
        return sop;
    }

    public ObjectProperty<LocalDate> qualifiedOn() {
        return qualifiedOn;
    }

    public ObjectProperty<LocalDate> expiresOn() {
        return expiresOn;
    }

    public StringProperty revocationReason() {
        return revocationReason;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** Records the qualification described by the form; dates are whole UTC days. */
    public void record() {
        if (!mayManage()) {
            return;
        }
        if (person.get() == null || kind.get() == null || sop.get() == null) {
            message.set("Choose the person, the instrument kind and the SOP they were trained on");
            return;
        }
        if (qualifiedOn.get() == null || expiresOn.get() == null) {
            message.set("Enter the date of qualification and the expiry date");
            return;
        }
        String name = person.get().displayName();
        RecordQualification record = new RecordQualification(
                commands.newMeta(),
                Ids.newId(),
                person.get().id(),
                kind.get(),
                recipeName.get() == null || recipeName.get().isBlank()
                        ? null
                        : recipeName.get().strip(),
                sop.get().id(),
                startOfDay(qualifiedOn.get()),
                startOfDay(expiresOn.get()));
        commands.execute(
                record,
                () -> {
                    message.set("Recorded the qualification of " + name + " on "
                            + sop.get().label() + "; it is sent to the server with the next sync");
                    recipeName.set("");
                    proposeDates();
                },
                message::set);
    }

    /** Revokes the selected qualification: from now on it no longer lets its holder start runs. */
    public void revoke() {
        QualificationRow row = selected.get();
        if (!mayManage()) {
            return;
        }
        if (row == null || row.revoked()) {
            message.set("Select a qualification that is not revoked");
            return;
        }
        if (revocationReason.get() == null || revocationReason.get().isBlank()) {
            message.set("Say why the qualification is revoked");
            return;
        }
        commands.execute(
                new RevokeQualification(
                        commands.newMeta(),
                        row.qualification().id(),
                        revocationReason.get().strip()),
                () -> {
                    revocationReason.set("");
                    message.set("Revoked the qualification of " + row.person() + " on " + row.sop());
                },
                message::set);
    }

    /** Today (UTC) and two years on; the wall clock is never ahead of the trusted clock for a proposal. */
    private void proposeDates() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        qualifiedOn.set(today);
        expiresOn.set(today.plusYears(PROPOSED_VALIDITY_YEARS));
    }

    static Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
