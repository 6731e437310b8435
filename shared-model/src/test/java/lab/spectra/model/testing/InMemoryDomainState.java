package lab.spectra.model.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import lab.spectra.model.attachment.Attachment;
import lab.spectra.model.calibration.Calibration;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.Row;
import lab.spectra.model.command.RowChange;
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
 * The domain state over a plain map, for tests. Several organizations may share one map (as they
 * share one database); each view sees only its own organization's rows, like row-level security.
 */
public final class InMemoryDomainState implements DomainState {

    private final UUID organizationId;
    private final Map<UUID, Row> rows;

    public InMemoryDomainState(UUID organizationId) {
        this(organizationId, new LinkedHashMap<>());
    }

    private InMemoryDomainState(UUID organizationId, Map<UUID, Row> sharedRows) {
        this.organizationId = organizationId;
        this.rows = sharedRows;
    }

    /** A view of the same rows for another organization. */
    public InMemoryDomainState viewFor(UUID otherOrganizationId) {
        return new InMemoryDomainState(otherOrganizationId, rows);
    }

    public InMemoryDomainState put(Row... newRows) {
        for (Row row : newRows) {
            rows.put(row.id(), row);
        }
        return this;
    }

    public void apply(List<RowChange> changes) {
        changes.forEach(change -> put(change.after()));
    }

    public <T extends Row> List<T> all(Class<T> type) {
        return visible(type).toList();
    }

    private <T extends Row> Stream<T> visible(Class<T> type) {
        return rows.values().stream().filter(type::isInstance).map(type::cast).filter(row -> row.organizationId()
                .equals(organizationId));
    }

    private <T extends Row> Optional<T> find(Class<T> type, UUID id) {
        return id == null
                ? Optional.empty()
                : visible(type).filter(row -> row.id().equals(id)).findFirst();
    }

    @Override
    public UUID organizationId() {
        return organizationId;
    }

    /** The settings of the organization's row, if a test put one; the defaults otherwise. */
    @Override
    public OrganizationSettings settings() {
        return find(Organization.class, organizationId)
                .map(OrganizationSettings::of)
                .orElse(OrganizationSettings.DEFAULTS);
    }

    @Override
    public Optional<Instrument> instrument(UUID id) {
        return find(Instrument.class, id);
    }

    @Override
    public Optional<Instrument> instrumentByName(String name) {
        return visible(Instrument.class)
                .filter(instrument -> instrument.name().equalsIgnoreCase(name))
                .findFirst();
    }

    @Override
    public Optional<Calibration> calibration(UUID id) {
        return find(Calibration.class, id);
    }

    @Override
    public List<Calibration> calibrationsOf(UUID instrumentId) {
        return visible(Calibration.class)
                .filter(c -> c.instrumentId().equals(instrumentId))
                .toList();
    }

    @Override
    public Optional<InstrumentEvent> instrumentEvent(UUID id) {
        return find(InstrumentEvent.class, id);
    }

    @Override
    public List<InstrumentEvent> eventsOf(UUID instrumentId) {
        return visible(InstrumentEvent.class)
                .filter(event -> event.instrumentId().equals(instrumentId))
                .toList();
    }

    @Override
    public Optional<MaintenanceTask> maintenanceTask(UUID id) {
        return find(MaintenanceTask.class, id);
    }

    @Override
    public List<MaintenanceTask> maintenanceTasksOf(UUID instrumentId) {
        return visible(MaintenanceTask.class)
                .filter(task -> task.instrumentId().equals(instrumentId))
                .toList();
    }

    @Override
    public long runsStartedOn(UUID instrumentId, Instant after, Instant until) {
        return visible(Run.class)
                .filter(run -> run.instrumentId().equals(instrumentId))
                .filter(run -> !run.startedAt().isAfter(until))
                .filter(run -> after == null || run.startedAt().isAfter(after))
                .count();
    }

    @Override
    public Optional<UserAccount> user(UUID id) {
        return find(UserAccount.class, id);
    }

    @Override
    public Optional<Qualification> qualification(UUID id) {
        return find(Qualification.class, id);
    }

    @Override
    public Optional<Material> materialNamed(String name) {
        return visible(Material.class)
                .filter(material -> material.deletedAt() == null
                        && name != null
                        && material.name().equalsIgnoreCase(name.strip()))
                .findFirst();
    }

    @Override
    public List<Recipe> recipesInLineage(UUID lineageId) {
        return visible(Recipe.class)
                .filter(recipe -> recipe.lineageId().equals(lineageId))
                .sorted(Comparator.comparingInt(Recipe::version))
                .toList();
    }

    @Override
    public List<Sop> sopsInLineage(UUID lineageId) {
        return visible(Sop.class)
                .filter(sop -> sop.lineageId().equals(lineageId))
                .sorted(Comparator.comparingInt(Sop::version))
                .toList();
    }

    @Override
    public List<Qualification> qualificationsOf(UUID userId) {
        return visible(Qualification.class)
                .filter(qualification -> qualification.userId().equals(userId))
                .toList();
    }

    @Override
    public Optional<Material> material(UUID id) {
        return find(Material.class, id);
    }

    @Override
    public Optional<Sample> sample(UUID id) {
        return find(Sample.class, id);
    }

    @Override
    public Optional<Sample> sampleByBarcode(String barcode) {
        return visible(Sample.class)
                .filter(sample -> sample.barcode().equals(barcode))
                .findFirst();
    }

    @Override
    public Optional<Wafer> wafer(UUID id) {
        return find(Wafer.class, id);
    }

    @Override
    public Optional<Device> device(UUID id) {
        return find(Device.class, id);
    }

    @Override
    public Optional<CustodyEvent> custodyEvent(UUID id) {
        return find(CustodyEvent.class, id);
    }

    @Override
    public Optional<CustodyEvent> latestCustodyEvent(UUID sampleId) {
        return visible(CustodyEvent.class)
                .filter(event -> event.sampleId().equals(sampleId))
                .max(Comparator.comparing(CustodyEvent::occurredAt).thenComparing(CustodyEvent::id));
    }

    @Override
    public Optional<Recipe> recipe(UUID id) {
        return find(Recipe.class, id);
    }

    @Override
    public Optional<Run> run(UUID id) {
        return find(Run.class, id);
    }

    @Override
    public Optional<Result> result(UUID id) {
        return find(Result.class, id);
    }

    @Override
    public Optional<Sop> sop(UUID id) {
        return find(Sop.class, id);
    }

    @Override
    public Optional<ElnEntry> elnEntry(UUID id) {
        return find(ElnEntry.class, id);
    }

    @Override
    public List<ElnEntryVersion> versionsOf(UUID entryId) {
        return visible(ElnEntryVersion.class)
                .filter(version -> version.entryId().equals(entryId))
                .sorted(Comparator.comparingInt(ElnEntryVersion::version))
                .toList();
    }

    @Override
    public Optional<Signature> signature(UUID id) {
        return find(Signature.class, id);
    }

    @Override
    public Optional<Attachment> attachment(UUID id) {
        return find(Attachment.class, id);
    }

    @Override
    public List<Result> resultsOf(UUID runId) {
        return visible(Result.class)
                .filter(result -> result.runId().equals(runId))
                .toList();
    }

    @Override
    public List<Attachment> attachmentsOf(String recordTable, UUID recordId) {
        return visible(Attachment.class)
                .filter(file -> recordTable.equals(file.recordTable()) && recordId.equals(file.recordId()))
                .toList();
    }

    @Override
    public Optional<RunReview> runReview(UUID id) {
        return find(RunReview.class, id);
    }

    @Override
    public List<RunReview> runReviewsOf(UUID runId) {
        return visible(RunReview.class)
                .filter(review -> review.runId().equals(runId))
                .sorted(Comparator.comparing(RunReview::reviewedAt)
                        .thenComparing(review -> review.id().toString()))
                .toList();
    }

    @Override
    public List<Signature> signaturesOf(String recordTable, UUID recordId) {
        return visible(Signature.class)
                .filter(signature -> signature.recordTable().equals(recordTable)
                        && signature.recordId().equals(recordId))
                .sorted(Comparator.comparing(Signature::signedAt)
                        .thenComparing(signature -> signature.id().toString()))
                .toList();
    }

    @Override
    public Optional<SpcSeries> spcSeries(UUID id) {
        return find(SpcSeries.class, id);
    }

    @Override
    public List<SpcSeries> spcSeriesOn(UUID instrumentId) {
        return visible(SpcSeries.class)
                .filter(series -> series.instrumentId().equals(instrumentId) && series.deletedAt() == null)
                .toList();
    }

    @Override
    public Optional<SpcSeries> spcSeriesNamed(String name) {
        return visible(SpcSeries.class)
                .filter(series -> series.deletedAt() == null
                        && name != null
                        && series.name().equalsIgnoreCase(name.strip()))
                .findFirst();
    }

    @Override
    public List<SpcPoint> spcPointsOf(UUID seriesId) {
        return visible(SpcPoint.class)
                .filter(point -> point.seriesId().equals(seriesId))
                .sorted(SpcPoint.CHART_ORDER)
                .toList();
    }

    @Override
    public List<SpcPoint> spcPointsAround(UUID seriesId, Instant measuredAt, Instant recordedAt, int each) {
        List<SpcPoint> all = spcPointsOf(seriesId);
        List<SpcPoint> before = all.stream()
                .filter(point -> place(point, measuredAt, recordedAt) < 0)
                .toList();
        List<SpcPoint> at = all.stream()
                .filter(point -> place(point, measuredAt, recordedAt) == 0)
                .toList();
        List<SpcPoint> after = all.stream()
                .filter(point -> place(point, measuredAt, recordedAt) > 0)
                .limit(each)
                .toList();
        List<SpcPoint> around = new ArrayList<>(before.subList(Math.max(0, before.size() - each), before.size()));
        around.addAll(at);
        around.addAll(after);
        return around;
    }

    @Override
    public long spcPointsBefore(UUID seriesId, Instant measuredAt, Instant recordedAt) {
        return spcPointsOf(seriesId).stream()
                .filter(point -> place(point, measuredAt, recordedAt) < 0)
                .count();
    }

    private static int place(SpcPoint point, Instant measuredAt, Instant recordedAt) {
        int byRun = point.measuredAt().compareTo(measuredAt);
        return byRun != 0 ? byRun : point.recordedAt().compareTo(recordedAt);
    }

    @Override
    public Optional<SpcAlert> spcAlert(UUID id) {
        return find(SpcAlert.class, id);
    }

    @Override
    public List<SpcAlert> openSpcAlertsOf(UUID seriesId) {
        return visible(SpcAlert.class)
                .filter(alert -> alert.seriesId().equals(seriesId) && alert.awaitsAcknowledgement())
                .toList();
    }

    @Override
    public Optional<SpcLimitDecision> spcLimitDecision(UUID id) {
        return find(SpcLimitDecision.class, id);
    }
}
