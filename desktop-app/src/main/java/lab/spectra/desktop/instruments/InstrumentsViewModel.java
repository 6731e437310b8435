package lab.spectra.desktop.instruments;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.desktop.runs.RunQueries;
import lab.spectra.desktop.runs.RunRow;
import lab.spectra.desktop.ui.CommandSender;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.desktop.ui.Times;
import lab.spectra.model.auth.Action;
import lab.spectra.model.calibration.Calibration;
import lab.spectra.model.calibration.RecordCalibration;
import lab.spectra.model.calibration.RevokeCalibration;
import lab.spectra.model.id.Ids;

/**
 * Instruments: every instrument with its calibration state (from the lockout evaluation the shell
 * keeps current), the selected instrument's certificates newest first, recording and revoking
 * certificates for the roles allowed to, and, for a revoked certificate, the runs to review.
 */
public final class InstrumentsViewModel {

    /** How long a new certificate is proposed to last, until the person enters the real expiry. */
    private static final int PROPOSED_VALIDITY_YEARS = 1;

    private final CalibrationQueries calibrations;
    private final RunQueries runs;
    private final CommandSender commands;
    private final CurrentUser user;
    private final Clock trustedClock;
    private final TaskRunner tasks;
    private final ObservableList<InstrumentLockout> lockouts;
    private final ObservableList<InstrumentLockout> instruments = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<InstrumentLockout> selected = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CertificateRow> certificates = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CertificateRow> selectedCertificate = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> runsToReview = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper reviewTitle = new ReadOnlyStringWrapper("");
    private final StringProperty certificateNumber = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> issuedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> expiresOn = new SimpleObjectProperty<>();
    private final StringProperty performedBy = new SimpleStringProperty("");
    private final StringProperty revocationReason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final StringBinding historyTitle;
    private final BooleanBinding recordable;
    private final BooleanBinding revocable;
    private boolean refreshing;

    /**
     * @param trustedClock judges the certificates listed (never behind the server's receipts)
     * @param lockouts     every instrument with its calibration state, kept current by the shell
     */
    public InstrumentsViewModel(
            CalibrationQueries calibrations,
            RunQueries runs,
            CommandSender commands,
            CurrentUser user,
            Clock trustedClock,
            TaskRunner tasks,
            LocalData localData,
            ObservableList<InstrumentLockout> lockouts) {
        this.calibrations = calibrations;
        this.runs = runs;
        this.commands = commands;
        this.user = user;
        this.trustedClock = trustedClock;
        this.tasks = tasks;
        this.lockouts = lockouts;
        historyTitle = Bindings.createStringBinding(
                () -> selected.get() == null
                        ? "Select an instrument to see its calibration history"
                        : "Calibration history of "
                                + selected.get().instrument().name(),
                selected);
        recordable = selected.isNotNull();
        revocable = Bindings.createBooleanBinding(
                () -> selectedCertificate.get() != null
                        && !selectedCertificate.get().revoked()
                        && revocationReason.get() != null
                        && !revocationReason.get().isBlank(),
                selectedCertificate,
                revocationReason);
        proposeDates();
        instruments.setAll(lockouts);
        lockouts.addListener((ListChangeListener<InstrumentLockout>) change -> showInstruments());
        selected.addListener((observable, before, after) -> {
            if (before == null
                    || after == null
                    || !before.instrument().id().equals(after.instrument().id())) {
                selectedCertificate.set(null);
                certificates.clear();
                loadHistory();
            }
        });
        selectedCertificate.addListener((observable, before, after) -> loadReview());
        localData.version().addListener((observable, before, after) -> loadHistory());
    }

    /** Every instrument with its calibration state, by name; locked ones are marked by the view. */
    public ObservableList<InstrumentLockout> instruments() {
        return instruments;
    }

    public ReadOnlyObjectProperty<InstrumentLockout> selected() {
        return selected.getReadOnlyProperty();
    }

    /** The view reports what the person selected; replacing the list does not change the choice. */
    public void select(InstrumentLockout instrument) {
        if (!refreshing && instrument != null) {
            selected.set(instrument);
        }
    }

    /** The selected instrument's certificates, revoked ones included, newest first. */
    public ObservableList<CertificateRow> certificates() {
        return certificates;
    }

    public ReadOnlyObjectProperty<CertificateRow> selectedCertificate() {
        return selectedCertificate.getReadOnlyProperty();
    }

    public void selectCertificate(CertificateRow certificate) {
        if (!refreshing && certificate != null) {
            selectedCertificate.set(certificate);
        }
    }

    public StringBinding historyTitle() {
        return historyTitle;
    }

    /** For a selected revoked certificate: the runs made on the instrument that relied on it. */
    public ObservableList<String> runsToReview() {
        return runsToReview;
    }

    public ReadOnlyStringProperty reviewTitle() {
        return reviewTitle.getReadOnlyProperty();
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

    public StringProperty performedBy() {
        return performedBy;
    }

    public StringProperty revocationReason() {
        return revocationReason;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** Whether the record form exists at all for this person (it is absent, not disabled, otherwise). */
    public boolean mayRecord() {
        return user.may(Action.RECORD_CALIBRATION);
    }

    public boolean mayRevoke() {
        return user.may(Action.REVOKE_CALIBRATION);
    }

    public BooleanBinding recordable() {
        return recordable;
    }

    /** A valid certificate is selected and a reason is given. */
    public BooleanBinding revocable() {
        return revocable;
    }

    private void showInstruments() {
        Optional<UUID> keep = Optional.ofNullable(selected.get())
                .map(lockout -> lockout.instrument().id());
        refreshing = true;
        try {
            instruments.setAll(lockouts);
        } finally {
            refreshing = false;
        }
        keep.ifPresent(id -> selected.set(instruments.stream()
                .filter(lockout -> lockout.instrument().id().equals(id))
                .findFirst()
                .orElse(null)));
    }

    private record History(UUID instrumentId, List<CertificateRow> rows) {}

    public void loadHistory() {
        InstrumentLockout instrument = selected.get();
        if (instrument == null) {
            certificates.clear();
            return;
        }
        UUID id = instrument.instrument().id();
        tasks.run(
                () -> {
                    Instant now = trustedClock.instant();
                    return new History(
                            id,
                            calibrations.historyOf(id).stream()
                                    .map(calibration -> CertificateRow.of(calibration, now))
                                    .toList());
                },
                this::showHistory,
                failure -> message.set(Problems.describe(failure)));
    }

    private void showHistory(History history) {
        if (selected.get() == null || !selected.get().instrument().id().equals(history.instrumentId())) {
            return; // the person chose another instrument meanwhile
        }
        Optional<UUID> keep = Optional.ofNullable(selectedCertificate.get())
                .map(row -> row.calibration().id());
        refreshing = true;
        try {
            certificates.setAll(history.rows());
        } finally {
            refreshing = false;
        }
        selectedCertificate.set(keep.flatMap(id -> history.rows().stream()
                        .filter(row -> row.calibration().id().equals(id))
                        .findFirst())
                .orElse(null));
    }

    private record Review(UUID calibrationId, List<String> runs) {}

    private void loadReview() {
        CertificateRow certificate = selectedCertificate.get();
        if (certificate == null || !certificate.revoked()) {
            runsToReview.clear();
            reviewTitle.set("");
            return;
        }
        Calibration revoked = certificate.calibration();
        reviewTitle.set("Runs to review: made on this instrument since certificate " + revoked.certificateNumber()
                + " was issued on " + CertificateRow.date(revoked.issuedAt()));
        tasks.run(
                () -> new Review(
                        revoked.id(),
                        runs.toReviewAfterRevoking(revoked).stream()
                                .map(InstrumentsViewModel::describe)
                                .toList()),
                review -> {
                    CertificateRow now = selectedCertificate.get();
                    if (now != null && now.calibration().id().equals(review.calibrationId())) {
                        runsToReview.setAll(review.runs());
                    }
                },
                failure -> message.set(Problems.describe(failure)));
    }

    private static String describe(RunRow row) {
        return Times.format(row.run().startedAt()) + " · " + row.recipe() + " · " + row.sample() + " · "
                + row.operator() + " · " + row.run().status().name().toLowerCase(Locale.ROOT);
    }

    /** Records a certificate for the selected instrument; dates are whole UTC days, as certificates print them. */
    public void recordCalibration() {
        InstrumentLockout instrument = selected.get();
        if (!mayRecord()) {
            return;
        }
        if (instrument == null) {
            message.set("Select the instrument the certificate belongs to");
            return;
        }
        if (issuedOn.get() == null || expiresOn.get() == null) {
            message.set(CalibrationForm.DATES_MISSING);
            return;
        }
        String name = instrument.instrument().name();
        RecordCalibration record = new RecordCalibration(
                commands.newMeta(),
                Ids.newId(),
                instrument.instrument().id(),
                certificateNumber.get(),
                startOfDay(issuedOn.get()),
                startOfDay(expiresOn.get()),
                blankToNull(performedBy.get()),
                null);
        commands.execute(
                record,
                () -> {
                    message.set(
                            "Recorded certificate " + record.certificateNumber().strip() + " for " + name
                                    + "; it is sent to the server with the next sync");
                    certificateNumber.set("");
                    performedBy.set("");
                    proposeDates();
                },
                message::set);
    }

    /** Revokes the selected certificate: the instrument is locked and the runs that relied on it are listed. */
    public void revokeCalibration() {
        CertificateRow certificate = selectedCertificate.get();
        if (!mayRevoke()) {
            return;
        }
        if (certificate == null || certificate.revoked()) {
            message.set("Select a valid certificate to revoke");
            return;
        }
        if (revocationReason.get() == null || revocationReason.get().isBlank()) {
            message.set("Say why the certificate is revoked, e.g. what was found out of tolerance");
            return;
        }
        String number = certificate.calibration().certificateNumber();
        String name = selected.get() == null
                ? "The instrument"
                : selected.get().instrument().name();
        commands.execute(
                new RevokeCalibration(
                        commands.newMeta(),
                        certificate.calibration().id(),
                        revocationReason.get().strip()),
                () -> {
                    revocationReason.set("");
                    message.set("Revoked certificate " + number + ". " + name
                            + " is locked until a new certificate is recorded; the runs that relied on it are listed"
                            + " for review.");
                },
                message::set);
    }

    /**
     * Proposes today (UTC) and a year on. The wall clock is enough for a proposal, and it is never
     * ahead of the trusted clock, so the proposed issue date is never refused as in the future.
     */
    private void proposeDates() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        issuedOn.set(today);
        expiresOn.set(today.plusYears(PROPOSED_VALIDITY_YEARS));
    }

    static Instant startOfDay(LocalDate date) {
        return Objects.requireNonNull(date).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
