package lab.spectra.desktop.runs.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.model.attachment.Attachment;
import lab.spectra.model.calibration.Calibration;
import lab.spectra.model.eln.Signature;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.run.Result;
import lab.spectra.model.run.Run;
import lab.spectra.model.runreview.RunContent;
import lab.spectra.model.runreview.RunReview;
import lab.spectra.model.sample.Device;
import lab.spectra.model.sample.Sample;

/**
 * What the review card reads from the bench's copy: a run's context with the hash of the run as it
 * is here now, and its reviews with their signatures' state. One transaction each, so the hash and
 * what is shown come from the same moment.
 */
public final class RunReviewQueries {

    private static final String RUN = byId(Table.RUNS, "runs");
    private static final String RECIPE = byId(Table.RECIPES, "recipes");
    private static final String SAMPLE = byId(Table.SAMPLES, "samples");
    private static final String DEVICE = byId(Table.DEVICES, "devices");
    private static final String CALIBRATION = byId(Table.CALIBRATIONS, "calibrations");
    private static final String USER = byId(Table.USERS, "users");
    private static final String INSTRUMENT_NAME =
            "SELECT t.name FROM instruments t WHERE t.organization_id = ? AND t.id = ?";
    private static final String RESULTS = "SELECT " + LocalRows.columns(Table.RESULTS, "t")
            + " FROM results t WHERE t.organization_id = ? AND t.run_id = ?";
    private static final String FILES = "SELECT " + LocalRows.columns(Table.ATTACHMENTS, "t")
            + " FROM attachments t WHERE t.organization_id = ? AND t.record_table = ? AND t.record_id = ?";
    private static final String REVIEWS = "SELECT " + LocalRows.columns(Table.RUN_REVIEWS, "t")
            + " FROM run_reviews t WHERE t.organization_id = ? AND t.run_id = ? ORDER BY t.reviewed_at, t.id";
    private static final String SIGNATURES = "SELECT " + LocalRows.columns(Table.SIGNATURES, "t")
            + " FROM signatures t WHERE t.organization_id = ? AND t.record_table = ? AND t.record_id = ?";

    private final LocalReads reads;

    public RunReviewQueries(LocalReads reads) {
        this.reads = reads;
    }

    /** The run's context and its hash as this bench holds it now; empty for a run it does not hold. */
    public Optional<RunContext> context(UUID runId) {
        return reads.read(rows -> {
            Optional<Run> found = first(rows.rows(Table.RUNS, RUN, rows.organizationId(), runId));
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Run run = found.get();
            UUID org = rows.organizationId();
            List<Result> results = rows.rows(Table.RESULTS, RESULTS, org, runId);
            List<Attachment> files = rows.rows(Table.ATTACHMENTS, FILES, org, RunReview.RUNS, runId);
            String recipe = first(rows.<Recipe>rows(Table.RECIPES, RECIPE, org, run.recipeId()))
                    .map(Recipe::name)
                    .orElse("?");
            String sample = first(rows.<Sample>rows(Table.SAMPLES, SAMPLE, org, run.sampleId()))
                    .map(held -> held.name() + (held.barcode() == null ? "" : " · " + held.barcode()))
                    .orElse("?");
            Optional<String> device = run.deviceId() == null
                    ? Optional.empty()
                    : first(rows.<Device>rows(Table.DEVICES, DEVICE, org, run.deviceId()))
                            .map(Device::name);
            Optional<Calibration> calibration = run.calibrationId() == null
                    ? Optional.empty()
                    : first(rows.rows(Table.CALIBRATIONS, CALIBRATION, org, run.calibrationId()));
            String instrument = first(rows.list(INSTRUMENT_NAME, row -> row.getString(1), org, run.instrumentId()))
                    .orElse("?");
            String operator = first(rows.<UserAccount>rows(Table.USERS, USER, org, run.operatorId()))
                    .map(UserAccount::displayName)
                    .orElse("?");
            return Optional.of(new RunContext(
                    run,
                    sample,
                    device,
                    recipe + " v" + run.recipeVersion(),
                    instrument,
                    calibration,
                    operator,
                    RunContent.sha256(run, results, files)));
        });
    }

    /** The run's reviews, oldest first, each with its signature's state against the run's hash now. */
    public List<ReviewLine> reviews(UUID runId, String currentContentSha256) {
        return reads.read(rows -> {
            UUID org = rows.organizationId();
            Map<UUID, Signature> signatures =
                    rows.<Signature>rows(Table.SIGNATURES, SIGNATURES, org, RunReview.RUNS, runId).stream()
                            .collect(Collectors.toMap(Signature::id, Function.identity()));
            return rows.<RunReview>rows(Table.RUN_REVIEWS, REVIEWS, org, runId).stream()
                    .map(review -> {
                        Signature signature = signatures.get(review.signatureId());
                        return new ReviewLine(
                                review,
                                signature != null && signature.valid(),
                                review.contentSha256().equals(currentContentSha256),
                                signature != null && signature.countersignature() != null);
                    })
                    .toList();
        });
    }

    private static String byId(Table table, String name) {
        return "SELECT " + LocalRows.columns(table, "t") + " FROM " + name
                + " t WHERE t.organization_id = ? AND t.id = ?";
    }

    private static <T> Optional<T> first(List<T> rows) {
        return rows.stream().findFirst();
    }
}
