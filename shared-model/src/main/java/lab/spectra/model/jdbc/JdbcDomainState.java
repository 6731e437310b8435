package lab.spectra.model.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.attachment.Attachment;
import lab.spectra.model.calibration.Calibration;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.Row;
import lab.spectra.model.custody.CustodyEvent;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.ElnEntryVersion;
import lab.spectra.model.eln.Signature;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.instrument.InstrumentEvent;
import lab.spectra.model.instrument.MaintenanceTask;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.OrganizationSettings;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.qualification.Qualification;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.run.Result;
import lab.spectra.model.run.Run;
import lab.spectra.model.runreview.RunReview;
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
 * The domain state over a JDBC connection, used by both the bench (H2) and the server
 * (PostgreSQL) inside the transaction that will write the command's changes. Every query names the
 * organization itself; on PostgreSQL row-level security enforces the same again.
 */
public final class JdbcDomainState implements DomainState {

    private final Connection connection;
    private final UUID organizationId;
    private final ObjectMapper mapper;

    public JdbcDomainState(Connection connection, UUID organizationId, ObjectMapper mapper) {
        this.connection = connection;
        this.organizationId = organizationId;
        this.mapper = mapper;
    }

    @Override
    public UUID organizationId() {
        return organizationId;
    }

    @Override
    public OrganizationSettings settings() {
        return organization().map(OrganizationSettings::of).orElse(OrganizationSettings.DEFAULTS);
    }

    /** This organization's own row (the one table without an {@code organization_id}). */
    public Optional<Organization> organization() {
        RowMapping<Organization> mapping = RowMapping.of(Table.ORGANIZATIONS);
        try (PreparedStatement select = connection.prepareStatement(mapping.select() + " WHERE id = ?")) {
            select.setObject(1, organizationId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(mapping.readSelected(row, mapper)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DataAccessException("Could not read the organization", e);
        }
    }

    /** Rows of one table in this organization matching a condition, e.g. {@code "sample_id = ?"}. */
    public <T extends Row> List<T> find(Table table, String condition, Object... parameters) {
        return findOrdered(table, condition, "", parameters);
    }

    /**
     * Like {@link #find}, with a trailing clause such as {@code "ORDER BY occurred_at DESC LIMIT 1"}
     * (plain SQL both databases understand).
     */
    public <T extends Row> List<T> findOrdered(
            Table table, String condition, String orderAndLimit, Object... parameters) {
        RowMapping<T> mapping = RowMapping.of(table);
        String sql = mapping.select() + " WHERE organization_id = ? AND (" + condition + ") " + orderAndLimit;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, organizationId);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 2, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<T> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(mapping.readSelected(rows, mapper));
                }
                return found;
            }
        } catch (SQLException e) {
            throw new DataAccessException("Could not read " + table.tableName(), e);
        }
    }

    private <T extends Row> Optional<T> one(Table table, String condition, Object... parameters) {
        List<T> found = find(table, condition, parameters);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private <T extends Row> Optional<T> byId(Table table, UUID id) {
        return id == null ? Optional.empty() : one(table, "id = ?", id);
    }

    @Override
    public Optional<Instrument> instrument(UUID id) {
        return byId(Table.INSTRUMENTS, id);
    }

    @Override
    public Optional<Instrument> instrumentByName(String name) {
        return name == null
                ? Optional.empty()
                : one(Table.INSTRUMENTS, "lower(name) = lower(?) AND deleted_at IS NULL", name);
    }

    @Override
    public Optional<Calibration> calibration(UUID id) {
        return byId(Table.CALIBRATIONS, id);
    }

    @Override
    public List<Calibration> calibrationsOf(UUID instrumentId) {
        return find(Table.CALIBRATIONS, "instrument_id = ?", instrumentId);
    }

    @Override
    public Optional<InstrumentEvent> instrumentEvent(UUID id) {
        return byId(Table.INSTRUMENT_EVENTS, id);
    }

    @Override
    public List<InstrumentEvent> eventsOf(UUID instrumentId) {
        return find(Table.INSTRUMENT_EVENTS, "instrument_id = ?", instrumentId);
    }

    @Override
    public Optional<MaintenanceTask> maintenanceTask(UUID id) {
        return byId(Table.MAINTENANCE_TASKS, id);
    }

    @Override
    public List<MaintenanceTask> maintenanceTasksOf(UUID instrumentId) {
        return find(Table.MAINTENANCE_TASKS, "instrument_id = ?", instrumentId);
    }

    @Override
    public long runsStartedOn(UUID instrumentId, Instant after, Instant until) {
        String sql = "SELECT COUNT(*) FROM runs WHERE organization_id = ? AND instrument_id = ? AND started_at <= ?"
                + (after == null ? "" : " AND started_at > ?");
        try (PreparedStatement count = connection.prepareStatement(sql)) {
            count.setObject(1, organizationId);
            count.setObject(2, instrumentId);
            count.setObject(3, OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
            if (after != null) {
                count.setObject(4, OffsetDateTime.ofInstant(after, ZoneOffset.UTC));
            }
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new DataAccessException("Could not count the instrument's runs", e);
        }
    }

    @Override
    public Optional<UserAccount> user(UUID id) {
        return byId(Table.USERS, id);
    }

    @Override
    public Optional<Qualification> qualification(UUID id) {
        return byId(Table.QUALIFICATIONS, id);
    }

    @Override
    public List<Qualification> qualificationsOf(UUID userId) {
        return find(Table.QUALIFICATIONS, "user_id = ?", userId);
    }

    @Override
    public Optional<Material> material(UUID id) {
        return byId(Table.MATERIALS, id);
    }

    @Override
    public Optional<Material> materialNamed(String name) {
        return name == null
                ? Optional.empty()
                : one(Table.MATERIALS, "lower(name) = lower(?) AND deleted_at IS NULL", name.strip());
    }

    @Override
    public Optional<Sample> sample(UUID id) {
        return byId(Table.SAMPLES, id);
    }

    @Override
    public Optional<Sample> sampleByBarcode(String barcode) {
        return barcode == null ? Optional.empty() : one(Table.SAMPLES, "barcode = ?", barcode);
    }

    @Override
    public Optional<Wafer> wafer(UUID id) {
        return byId(Table.WAFERS, id);
    }

    @Override
    public Optional<Device> device(UUID id) {
        return byId(Table.DEVICES, id);
    }

    @Override
    public Optional<CustodyEvent> custodyEvent(UUID id) {
        return byId(Table.CUSTODY_EVENTS, id);
    }

    @Override
    public Optional<CustodyEvent> latestCustodyEvent(UUID sampleId) {
        List<CustodyEvent> latest = findOrdered(
                Table.CUSTODY_EVENTS, "sample_id = ?", "ORDER BY occurred_at DESC, id DESC LIMIT 1", sampleId);
        return latest.stream().findFirst();
    }

    @Override
    public Optional<Recipe> recipe(UUID id) {
        return byId(Table.RECIPES, id);
    }

    @Override
    public List<Recipe> recipesInLineage(UUID lineageId) {
        List<Recipe> versions = new ArrayList<>(find(Table.RECIPES, "lineage_id = ?", lineageId));
        versions.sort(Comparator.comparingInt(Recipe::version));
        return versions;
    }

    @Override
    public Optional<Run> run(UUID id) {
        return byId(Table.RUNS, id);
    }

    @Override
    public Optional<Result> result(UUID id) {
        return byId(Table.RESULTS, id);
    }

    @Override
    public List<Result> resultsOf(UUID runId) {
        return findOrdered(Table.RESULTS, "run_id = ?", "ORDER BY id", runId);
    }

    @Override
    public Optional<Sop> sop(UUID id) {
        return byId(Table.SOPS, id);
    }

    @Override
    public List<Sop> sopsInLineage(UUID lineageId) {
        List<Sop> versions = new ArrayList<>(find(Table.SOPS, "lineage_id = ?", lineageId));
        versions.sort(Comparator.comparingInt(Sop::version));
        return versions;
    }

    @Override
    public Optional<ElnEntry> elnEntry(UUID id) {
        return byId(Table.ELN_ENTRIES, id);
    }

    @Override
    public List<ElnEntryVersion> versionsOf(UUID entryId) {
        return findOrdered(Table.ELN_ENTRY_VERSIONS, "entry_id = ?", "ORDER BY version", entryId);
    }

    @Override
    public Optional<Signature> signature(UUID id) {
        return byId(Table.SIGNATURES, id);
    }

    @Override
    public Optional<Attachment> attachment(UUID id) {
        return byId(Table.ATTACHMENTS, id);
    }

    @Override
    public List<Attachment> attachmentsOf(String recordTable, UUID recordId) {
        return findOrdered(
                Table.ATTACHMENTS, "record_table = ? AND record_id = ?", "ORDER BY id", recordTable, recordId);
    }

    @Override
    public Optional<RunReview> runReview(UUID id) {
        return byId(Table.RUN_REVIEWS, id);
    }

    @Override
    public List<RunReview> runReviewsOf(UUID runId) {
        return findOrdered(Table.RUN_REVIEWS, "run_id = ?", "ORDER BY reviewed_at, id", runId);
    }

    @Override
    public List<Signature> signaturesOf(String recordTable, UUID recordId) {
        return findOrdered(
                Table.SIGNATURES,
                "record_table = ? AND record_id = ?",
                "ORDER BY signed_at, id",
                recordTable,
                recordId);
    }

    @Override
    public Optional<SpcSeries> spcSeries(UUID id) {
        return byId(Table.SPC_SERIES, id);
    }

    @Override
    public List<SpcSeries> spcSeriesOn(UUID instrumentId) {
        return findOrdered(Table.SPC_SERIES, "instrument_id = ? AND deleted_at IS NULL", "ORDER BY id", instrumentId);
    }

    @Override
    public Optional<SpcSeries> spcSeriesNamed(String name) {
        return name == null
                ? Optional.empty()
                : one(Table.SPC_SERIES, "lower(name) = lower(?) AND deleted_at IS NULL", name.strip());
    }

    @Override
    public List<SpcPoint> spcPointsOf(UUID seriesId) {
        List<SpcPoint> points = new ArrayList<>(
                findOrdered(Table.SPC_POINTS, "series_id = ?", "ORDER BY measured_at, recorded_at", seriesId));
        // The databases order UUIDs differently from Java; ties are put in chart order here.
        points.sort(SpcPoint.CHART_ORDER);
        return points;
    }

    @Override
    public List<SpcPoint> spcPointsAround(UUID seriesId, Instant measuredAt, Instant recordedAt, int each) {
        OffsetDateTime measured = utc(measuredAt);
        OffsetDateTime recorded = utc(recordedAt);
        List<SpcPoint> around = new ArrayList<>(findOrdered(
                Table.SPC_POINTS,
                "series_id = ? AND (measured_at < ? OR (measured_at = ? AND recorded_at < ?))",
                "ORDER BY measured_at DESC, recorded_at DESC LIMIT " + Math.max(0, each),
                seriesId,
                measured,
                measured,
                recorded));
        around.addAll(find(
                Table.SPC_POINTS,
                "series_id = ? AND measured_at = ? AND recorded_at = ?",
                seriesId,
                measured,
                recorded));
        around.addAll(findOrdered(
                Table.SPC_POINTS,
                "series_id = ? AND (measured_at > ? OR (measured_at = ? AND recorded_at > ?))",
                "ORDER BY measured_at, recorded_at LIMIT " + Math.max(0, each),
                seriesId,
                measured,
                measured,
                recorded));
        around.sort(SpcPoint.CHART_ORDER);
        return around;
    }

    @Override
    public long spcPointsBefore(UUID seriesId, Instant measuredAt, Instant recordedAt) {
        String sql = "SELECT COUNT(*) FROM spc_points WHERE organization_id = ? AND series_id = ?"
                + " AND (measured_at < ? OR (measured_at = ? AND recorded_at < ?))";
        try (PreparedStatement count = connection.prepareStatement(sql)) {
            count.setObject(1, organizationId);
            count.setObject(2, seriesId);
            count.setObject(3, utc(measuredAt));
            count.setObject(4, utc(measuredAt));
            count.setObject(5, utc(recordedAt));
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new DataAccessException("Could not count the series' points", e);
        }
    }

    @Override
    public Optional<SpcAlert> spcAlert(UUID id) {
        return byId(Table.SPC_ALERTS, id);
    }

    @Override
    public List<SpcAlert> openSpcAlertsOf(UUID seriesId) {
        return findOrdered(
                Table.SPC_ALERTS, "series_id = ? AND acknowledged_at IS NULL", "ORDER BY raised_at, id", seriesId);
    }

    @Override
    public Optional<SpcLimitDecision> spcLimitDecision(UUID id) {
        return byId(Table.SPC_LIMIT_DECISIONS, id);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
