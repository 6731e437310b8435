package lab.spectra.server.command;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lab.spectra.model.attachment.Attachment;
import lab.spectra.model.calibration.Calibration;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.RowChange;
import lab.spectra.model.custody.CustodyEvent;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.ElnEntryVersion;
import lab.spectra.model.eln.Signature;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.instrument.InstrumentEvent;
import lab.spectra.model.instrument.MaintenanceTask;
import lab.spectra.model.org.OrganizationSettings;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.qualification.Qualification;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.run.Result;
import lab.spectra.model.run.Run;
import lab.spectra.model.runreview.RunReview;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.sample.Device;
import lab.spectra.model.sample.Material;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.Wafer;
import lab.spectra.model.sop.Sop;
import lab.spectra.model.spc.SpcAlert;
import lab.spectra.model.spc.SpcLimitDecision;
import lab.spectra.model.spc.SpcPoint;
import lab.spectra.model.spc.SpcSeries;

/**
 * The organization as the commands of one pushed transaction read it (ADR 0031, revised
 * 2026-11-30): what the database says, except that the samples the transaction's
 * {@link CreateSample} commands name - by id and by barcode - were looked up together, once, so
 * that a new sample costs no look-up of its own. Only absence is remembered, and it is exact: the
 * transaction holds the organization's lock, so no one else adds samples to it meanwhile, and a
 * sample this transaction writes is forgotten ({@link #written}) and read from the database again.
 * Every read that goes to the database first writes the rows the transaction holds back
 * ({@link HeldInserts}), so it sees what the commands before it wrote.
 */
final class PrefetchedState implements DomainState {

    private final DomainState database;
    private final Set<UUID> absentIds;
    private final Set<String> absentBarcodes;
    private HeldInserts held;

    private PrefetchedState(DomainState database, Set<UUID> absentIds, Set<String> absentBarcodes) {
        this.database = database;
        this.absentIds = absentIds;
        this.absentBarcodes = absentBarcodes;
    }

    /** The rows held back by this transaction: written before any read goes to the database. */
    PrefetchedState writingFirst(HeldInserts inserts) {
        this.held = inserts;
        return this;
    }

    private DomainState database() {
        if (held != null) {
            held.flush();
        }
        return database;
    }

    /** Reads, in one query, which of the samples the commands would create already exist. */
    static PrefetchedState read(Connection connection, DomainState database, List<Command> commands)
            throws SQLException {
        Set<UUID> ids = new LinkedHashSet<>();
        Set<String> barcodes = new LinkedHashSet<>();
        for (Command command : commands) {
            if (command instanceof CreateSample create) {
                if (create.sampleId() != null) {
                    ids.add(create.sampleId());
                }
                String barcode = Checks.clean(create.barcode());
                // Text PostgreSQL cannot hold (a NUL character) would fail the look-up of every
                // command here: it is left to the command's own look-up, which refuses it alone.
                if (barcode != null && barcode.indexOf('\0') < 0) {
                    barcodes.add(barcode);
                }
            }
        }
        Set<UUID> absentIds = new HashSet<>(ids);
        Set<String> absentBarcodes = new HashSet<>(barcodes);
        if (!ids.isEmpty() || !barcodes.isEmpty()) {
            // Two look-ups by index rather than one with OR, which PostgreSQL answers by scanning the
            // organization's samples.
            try (PreparedStatement select = connection.prepareStatement("SELECT id, barcode FROM samples"
                    + " WHERE organization_id = ? AND id IN (" + placeholders(ids.size()) + ")"
                    + " UNION ALL SELECT id, barcode FROM samples WHERE organization_id = ? AND barcode IN ("
                    + placeholders(barcodes.size()) + ")")) {
                int index = 1;
                select.setObject(index++, database.organizationId());
                for (UUID id : ids) {
                    select.setObject(index++, id);
                }
                select.setObject(index++, database.organizationId());
                for (String barcode : barcodes) {
                    select.setString(index++, barcode);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        absentIds.remove(rows.getObject(1, UUID.class));
                        absentBarcodes.remove(rows.getString(2));
                    }
                }
            }
        }
        return new PrefetchedState(database, absentIds, absentBarcodes);
    }

    /** With nothing looked up ahead: every read goes to the database. */
    static PrefetchedState none(DomainState database) {
        return new PrefetchedState(database, new HashSet<>(), new HashSet<>());
    }

    /** IN () is no SQL: an empty list becomes one NULL, which matches nothing. */
    private static String placeholders(int count) {
        return count == 0 ? "NULL" : String.join(", ", Collections.nCopies(count, "?"));
    }

    /** Rows this transaction wrote: what was known to be absent about them is forgotten. */
    void written(List<RowChange> changes) {
        for (RowChange change : changes) {
            if (change.after() instanceof Sample sample) {
                absentIds.remove(sample.id());
                absentBarcodes.remove(sample.barcode());
            }
        }
    }

    /** Everything this transaction wrote may have been undone: nothing is known ahead any more. */
    void forget() {
        absentIds.clear();
        absentBarcodes.clear();
    }

    @Override
    public Optional<Sample> sample(UUID id) {
        return absentIds.contains(id) ? Optional.empty() : database().sample(id);
    }

    @Override
    public Optional<Sample> sampleByBarcode(String barcode) {
        return absentBarcodes.contains(barcode) ? Optional.empty() : database().sampleByBarcode(barcode);
    }

    @Override
    public UUID organizationId() {
        return database.organizationId();
    }

    @Override
    public OrganizationSettings settings() {
        return database().settings();
    }

    @Override
    public Optional<Instrument> instrument(UUID id) {
        return database().instrument(id);
    }

    @Override
    public Optional<Instrument> instrumentByName(String name) {
        return database().instrumentByName(name);
    }

    @Override
    public Optional<Calibration> calibration(UUID id) {
        return database().calibration(id);
    }

    @Override
    public List<Calibration> calibrationsOf(UUID instrumentId) {
        return database().calibrationsOf(instrumentId);
    }

    @Override
    public Optional<InstrumentEvent> instrumentEvent(UUID id) {
        return database().instrumentEvent(id);
    }

    @Override
    public List<InstrumentEvent> eventsOf(UUID instrumentId) {
        return database().eventsOf(instrumentId);
    }

    @Override
    public Optional<MaintenanceTask> maintenanceTask(UUID id) {
        return database().maintenanceTask(id);
    }

    @Override
    public List<MaintenanceTask> maintenanceTasksOf(UUID instrumentId) {
        return database().maintenanceTasksOf(instrumentId);
    }

    @Override
    public long runsStartedOn(UUID instrumentId, Instant after, Instant until) {
        return database().runsStartedOn(instrumentId, after, until);
    }

    @Override
    public Optional<UserAccount> user(UUID id) {
        return database().user(id);
    }

    @Override
    public Optional<Qualification> qualification(UUID id) {
        return database().qualification(id);
    }

    @Override
    public List<Qualification> qualificationsOf(UUID userId) {
        return database().qualificationsOf(userId);
    }

    @Override
    public Optional<Material> material(UUID id) {
        return database().material(id);
    }

    @Override
    public Optional<Material> materialNamed(String name) {
        return database().materialNamed(name);
    }

    @Override
    public Optional<Wafer> wafer(UUID id) {
        return database().wafer(id);
    }

    @Override
    public Optional<Device> device(UUID id) {
        return database().device(id);
    }

    @Override
    public Optional<CustodyEvent> custodyEvent(UUID id) {
        return database().custodyEvent(id);
    }

    @Override
    public Optional<CustodyEvent> latestCustodyEvent(UUID sampleId) {
        return database().latestCustodyEvent(sampleId);
    }

    @Override
    public Optional<Recipe> recipe(UUID id) {
        return database().recipe(id);
    }

    @Override
    public List<Recipe> recipesInLineage(UUID lineageId) {
        return database().recipesInLineage(lineageId);
    }

    @Override
    public Optional<Run> run(UUID id) {
        return database().run(id);
    }

    @Override
    public Optional<Result> result(UUID id) {
        return database().result(id);
    }

    @Override
    public List<Result> resultsOf(UUID runId) {
        return database().resultsOf(runId);
    }

    @Override
    public Optional<Sop> sop(UUID id) {
        return database().sop(id);
    }

    @Override
    public List<Sop> sopsInLineage(UUID lineageId) {
        return database().sopsInLineage(lineageId);
    }

    @Override
    public Optional<ElnEntry> elnEntry(UUID id) {
        return database().elnEntry(id);
    }

    @Override
    public List<ElnEntryVersion> versionsOf(UUID entryId) {
        return database().versionsOf(entryId);
    }

    @Override
    public Optional<Signature> signature(UUID id) {
        return database().signature(id);
    }

    @Override
    public Optional<Attachment> attachment(UUID id) {
        return database().attachment(id);
    }

    @Override
    public List<Attachment> attachmentsOf(String recordTable, UUID recordId) {
        return database().attachmentsOf(recordTable, recordId);
    }

    @Override
    public Optional<RunReview> runReview(UUID id) {
        return database().runReview(id);
    }

    @Override
    public List<RunReview> runReviewsOf(UUID runId) {
        return database().runReviewsOf(runId);
    }

    @Override
    public List<Signature> signaturesOf(String recordTable, UUID recordId) {
        return database().signaturesOf(recordTable, recordId);
    }

    @Override
    public Optional<SpcSeries> spcSeries(UUID id) {
        return database().spcSeries(id);
    }

    @Override
    public List<SpcSeries> spcSeriesOn(UUID instrumentId) {
        return database().spcSeriesOn(instrumentId);
    }

    @Override
    public Optional<SpcSeries> spcSeriesNamed(String name) {
        return database().spcSeriesNamed(name);
    }

    @Override
    public List<SpcPoint> spcPointsOf(UUID seriesId) {
        return database().spcPointsOf(seriesId);
    }

    @Override
    public List<SpcPoint> spcPointsAround(UUID seriesId, Instant measuredAt, Instant recordedAt, int each) {
        return database().spcPointsAround(seriesId, measuredAt, recordedAt, each);
    }

    @Override
    public long spcPointsBefore(UUID seriesId, Instant measuredAt, Instant recordedAt) {
        return database().spcPointsBefore(seriesId, measuredAt, recordedAt);
    }

    @Override
    public Optional<SpcAlert> spcAlert(UUID id) {
        return database().spcAlert(id);
    }

    @Override
    public List<SpcAlert> openSpcAlertsOf(UUID seriesId) {
        return database().openSpcAlertsOf(seriesId);
    }

    @Override
    public Optional<SpcLimitDecision> spcLimitDecision(UUID id) {
        return database().spcLimitDecision(id);
    }
}
