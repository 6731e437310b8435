package lab.spectra.desktop.runs.report;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.model.attachment.AttachFile;
import lab.spectra.model.attachment.Attachment;
import lab.spectra.model.calibration.Calibration;
import lab.spectra.model.command.Row;
import lab.spectra.model.eln.Signature;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.report.PrintableRun;
import lab.spectra.model.report.PrintableSignature;
import lab.spectra.model.report.RunReportParts;
import lab.spectra.model.run.Result;
import lab.spectra.model.run.Run;
import lab.spectra.model.sample.Device;
import lab.spectra.model.sample.Sample;

/**
 * What the bench's local copy holds about one run for its printed report, in one read: the run's
 * context by name, its results, the files attached to it and the signatures on it. The chart is
 * drawn afterwards from the files' bytes, which live outside the database.
 */
public final class RunReportQueries {

    /** A run as stored, with everything its report prints but the chart. */
    public record StoredRun(
            String organizationName,
            PrintableRun.Context context,
            List<PrintableRun.PrintableResult> results,
            List<PrintableRun.PrintableFile> files,
            List<PrintableSignature> signatures) {}

    private static final String BY_ID = " WHERE x.organization_id = ? AND x.id = ?";
    private static final String RESULTS = "SELECT " + LocalRows.columns(Table.RESULTS, "x")
            + " FROM results x WHERE x.organization_id = ? AND x.run_id = ? ORDER BY x.recorded_at, x.id";
    private static final String ATTACHMENTS = "SELECT " + LocalRows.columns(Table.ATTACHMENTS, "x")
            + " FROM attachments x WHERE x.organization_id = ? AND x.record_table = ? AND x.record_id = ?"
            + " AND x.deleted_at IS NULL ORDER BY x.created_at, x.id";
    private static final String SIGNATURES = "SELECT " + LocalRows.columns(Table.SIGNATURES, "x")
            + " FROM signatures x WHERE x.organization_id = ? AND x.record_table = ? AND x.record_id = ?"
            + " ORDER BY x.signed_at, x.id";
    private static final String REVIEWS = "SELECT " + LocalRows.columns(Table.RUN_REVIEWS, "x")
            + " FROM run_reviews x WHERE x.organization_id = ? AND x.run_id = ?";
    private static final String ORGANIZATION =
            "SELECT " + LocalRows.columns(Table.ORGANIZATIONS, "x") + " FROM organizations x WHERE x.id = ?";

    private static final String RUNS_WITH_FILES = "SELECT r.id FROM runs r WHERE r.organization_id = ? AND EXISTS"
            + " (SELECT 1 FROM attachments a WHERE a.organization_id = r.organization_id AND a.record_table = ?"
            + " AND a.record_id = r.id AND a.deleted_at IS NULL) ORDER BY r.started_at, r.id FETCH FIRST 1 ROWS ONLY";

    private final LocalReads reads;

    public RunReportQueries(LocalReads reads) {
        this.reads = reads;
    }

    /** The run with everything its report shows; empty when this bench has no such run. */
    public Optional<StoredRun> run(UUID runId) {
        return reads.read(rows -> {
            Optional<Run> found = byId(rows, Table.RUNS, runId);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Run run = found.get();
            String organization = first(
                            rows.<Organization>rows(Table.ORGANIZATIONS, ORGANIZATION, rows.organizationId()))
                    .map(Organization::name)
                    .orElse("");
            Map<UUID, String> names = new HashMap<>();
            PrintableRun.Context context = RunReportParts.context(
                    run,
                    RunReportQueries.<Recipe>byId(rows, Table.RECIPES, run.recipeId()),
                    RunReportQueries.<Sample>byId(rows, Table.SAMPLES, run.sampleId()),
                    RunReportQueries.<Device>byId(rows, Table.DEVICES, run.deviceId()),
                    RunReportQueries.<Instrument>byId(rows, Table.INSTRUMENTS, run.instrumentId()),
                    RunReportQueries.<Calibration>byId(rows, Table.CALIBRATIONS, run.calibrationId()),
                    nameOf(rows, run.operatorId(), names));
            List<Result> results = rows.rows(Table.RESULTS, RESULTS, rows.organizationId(), runId);
            List<Attachment> files =
                    rows.rows(Table.ATTACHMENTS, ATTACHMENTS, rows.organizationId(), AttachFile.RUNS, runId);
            List<Signature> signatures =
                    rows.rows(Table.SIGNATURES, SIGNATURES, rows.organizationId(), AttachFile.RUNS, runId);
            for (Signature signature : signatures) {
                if (signature.voidedBy() != null) {
                    nameOf(rows, signature.voidedBy(), names);
                }
            }
            return Optional.of(new StoredRun(
                    organization,
                    context,
                    results.stream().map(RunReportParts::result).toList(),
                    files.stream()
                            .map(file -> new PrintableRun.PrintableFile(
                                    file.fileName(), file.sizeBytes(), file.contentSha256()))
                            .toList(),
                    RunReportParts.signatures(
                            signatures,
                            rows.rows(Table.RUN_REVIEWS, REVIEWS, rows.organizationId(), runId),
                            names::get)));
        });
    }

    /** The first run, by start, that has a file attached: the installed app's self-test prints its report. */
    public Optional<UUID> firstRunWithAFile() {
        return reads.read(rows -> first(rows.list(
                RUNS_WITH_FILES, row -> row.getObject(1, UUID.class), rows.organizationId(), AttachFile.RUNS)));
    }

    private static <T extends Row> Optional<T> byId(LocalRows rows, Table table, UUID id) throws SQLException {
        if (id == null) {
            return Optional.empty();
        }
        String sql = "SELECT " + LocalRows.columns(table, "x") + " FROM " + table.tableName() + " x" + BY_ID;
        return first(rows.<T>rows(table, sql, rows.organizationId(), id));
    }

    private static String nameOf(LocalRows rows, UUID userId, Map<UUID, String> known) throws SQLException {
        String name = known.get(userId);
        if (name == null) {
            name = RunReportQueries.<UserAccount>byId(rows, Table.USERS, userId)
                    .map(UserAccount::displayName)
                    .orElse(userId.toString());
            known.put(userId, name);
        }
        return name;
    }

    private static <T> Optional<T> first(List<T> found) {
        return found.stream().findFirst();
    }
}
