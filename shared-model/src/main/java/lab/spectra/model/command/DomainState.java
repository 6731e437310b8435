package lab.spectra.model.command;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.attachment.Attachment;
import lab.spectra.model.calibration.Calibration;
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
 * What commands may read, seen from inside one organization. The bench implements it over its
 * H2 cache, the server over PostgreSQL. Implementations must answer as if other organizations'
 * rows did not exist (empty, never "forbidden"), so a foreign id is simply not found.
 */
public interface DomainState {

    UUID organizationId();

    /** What the organization's admin decided for the whole lab; the defaults if nothing is stored. */
    OrganizationSettings settings();

    Optional<Instrument> instrument(UUID id);

    Optional<Instrument> instrumentByName(String name);

    Optional<Calibration> calibration(UUID id);

    /** Every certificate of the instrument, revoked ones included. */
    List<Calibration> calibrationsOf(UUID instrumentId);

    Optional<InstrumentEvent> instrumentEvent(UUID id);

    /** Every maintenance, requalification, move and status change of the instrument, in no particular order. */
    List<InstrumentEvent> eventsOf(UUID instrumentId);

    Optional<MaintenanceTask> maintenanceTask(UUID id);

    /** The instrument's planned maintenance tasks, removed ones included. */
    List<MaintenanceTask> maintenanceTasksOf(UUID instrumentId);

    /**
     * How many runs were started on the instrument after {@code after} (exclusive; {@code null} for
     * ever) and up to {@code until} (inclusive): the use its run limit counts (ADR 0022).
     */
    long runsStartedOn(UUID instrumentId, Instant after, Instant until);

    /** A person of this organization, active or not. */
    Optional<UserAccount> user(UUID id);

    Optional<Qualification> qualification(UUID id);

    /** Every qualification of the person, revoked and expired ones included. */
    List<Qualification> qualificationsOf(UUID userId);

    Optional<Material> material(UUID id);

    /** The live material with this name, in any case (names are unique per organization). */
    Optional<Material> materialNamed(String name);

    Optional<Sample> sample(UUID id);

    Optional<Sample> sampleByBarcode(String barcode);

    Optional<Wafer> wafer(UUID id);

    Optional<Device> device(UUID id);

    Optional<CustodyEvent> custodyEvent(UUID id);

    /** The most recent hand-over of the sample, by time of the hand-over. */
    Optional<CustodyEvent> latestCustodyEvent(UUID sampleId);

    Optional<Recipe> recipe(UUID id);

    /** Every version of a recipe (deleted ones too), lowest version first (ADR 0027). */
    List<Recipe> recipesInLineage(UUID lineageId);

    Optional<Run> run(UUID id);

    Optional<Result> result(UUID id);

    /** Every result of a run, in no particular order. */
    List<Result> resultsOf(UUID runId);

    Optional<Sop> sop(UUID id);

    /** Every version of an SOP (deleted ones too), lowest version first (ADR 0027). */
    List<Sop> sopsInLineage(UUID lineageId);

    Optional<ElnEntry> elnEntry(UUID id);

    /** Every saved version of a notebook entry, oldest (version 1) first. */
    List<ElnEntryVersion> versionsOf(UUID entryId);

    Optional<Signature> signature(UUID id);

    Optional<Attachment> attachment(UUID id);

    /**
     * Every file attached to one record, deleted ones included, in no particular order.
     *
     * @param recordTable the record's table, e.g. {@code runs}
     */
    List<Attachment> attachmentsOf(String recordTable, UUID recordId);

    Optional<RunReview> runReview(UUID id);

    /** Every review of a run, oldest first (by time of signing). */
    List<RunReview> runReviewsOf(UUID runId);

    /**
     * Every signature of one record, voided ones included, oldest first (by time of signing).
     *
     * @param recordTable the signed record's table, e.g. {@code eln_entries}
     */
    List<Signature> signaturesOf(String recordTable, UUID recordId);

    /** A control chart of this organization, deleted or not. */
    Optional<SpcSeries> spcSeries(UUID id);

    /** The non-deleted series on an instrument, in no particular order: what a result may feed. */
    List<SpcSeries> spcSeriesOn(UUID instrumentId);

    /** The non-deleted series with this name, in any case (names are unique per organization). */
    Optional<SpcSeries> spcSeriesNamed(String name);

    /** Every point of a series in {@link SpcPoint#CHART_ORDER}: for freezing limits from a baseline. */
    List<SpcPoint> spcPointsOf(UUID seriesId);

    /**
     * The points of a series near a place on the chart, in {@link SpcPoint#CHART_ORDER}: at most
     * {@code each} points before the place {@code (measuredAt, recordedAt)}, every point at it, and
     * at most {@code each} after it. Feeding judges a new point from these, never the whole series.
     */
    List<SpcPoint> spcPointsAround(UUID seriesId, Instant measuredAt, Instant recordedAt, int each);

    /** How many points of a series lie before the place {@code (measuredAt, recordedAt)} on its chart. */
    long spcPointsBefore(UUID seriesId, Instant measuredAt, Instant recordedAt);

    Optional<SpcAlert> spcAlert(UUID id);

    /** The series' alerts nobody has acknowledged yet, in no particular order. */
    List<SpcAlert> openSpcAlertsOf(UUID seriesId);

    Optional<SpcLimitDecision> spcLimitDecision(UUID id);
}
