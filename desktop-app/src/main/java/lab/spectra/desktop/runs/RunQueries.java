package lab.spectra.desktop.runs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.desktop.store.Page;
import lab.spectra.model.calibration.Calibration;
import lab.spectra.model.calibration.ReverseTraceability;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.run.Run;

/**
 * What the bench reads about runs, each with the names of its recipe, instrument, sample and
 * operator joined in the same query: the list a window at a time (newest first, runs not started
 * yet on top), a person's open runs, and the runs a revoked certificate puts up for review.
 */
public final class RunQueries {

    private static final String RUNS =
            "SELECT " + LocalRows.columns(Table.RUNS, "r") + " FROM runs r WHERE r.organization_id = ?";
    /**
     * Runs newest first straight from the bench's index in that order (V3_2_1): H2 reads it sorted
     * and stops at the window's end. The organization leads the ORDER BY because H2 uses an index
     * for sorting only when the ORDER BY starts with the index's first column.
     */
    private static final String RUNS_NEWEST_FIRST = "SELECT " + LocalRows.columns(Table.RUNS, "r")
            + " FROM runs r USE INDEX (idx_bench_runs_newest_first) WHERE r.organization_id = ?";

    private static final String NEWEST_FIRST = " ORDER BY r.organization_id, r.started_at DESC NULLS FIRST, r.id DESC";
    private static final String WINDOW = " FETCH FIRST ? ROWS ONLY";

    private static final String FIRST_WINDOW = withNames(RUNS_NEWEST_FIRST + NEWEST_FIRST + WINDOW, NEWEST_FIRST);
    /** Keyset after a run not started yet: the rest of those, then every started one. */
    private static final String WINDOW_AFTER_NOT_STARTED = withNames(
            RUNS_NEWEST_FIRST
                    + " AND ((r.started_at IS NULL AND r.id < ?) OR r.started_at IS NOT NULL)"
                    + NEWEST_FIRST
                    + WINDOW,
            NEWEST_FIRST);
    /** Keyset after a started run; the first condition alone lets the index seek to it. */
    private static final String WINDOW_AFTER_STARTED = withNames(
            RUNS_NEWEST_FIRST + " AND r.started_at <= ? AND (r.started_at < ? OR r.id < ?)" + NEWEST_FIRST + WINDOW,
            NEWEST_FIRST);

    private static final String OPEN_OF_OPERATOR = withNames(
            RUNS + " AND r.operator_id = ? AND r.status IN ('running', 'blocked')"
                    + " ORDER BY r.started_at DESC, r.id DESC" + WINDOW,
            " ORDER BY r.started_at DESC, r.id DESC");
    /** Narrowed to what the shared review rule can pick; the rule itself then decides. */
    private static final String MAYBE_RELYING_ON = withNames(
            RUNS + " AND r.instrument_id = ? AND (r.calibration_id = ? OR r.started_at >= ? OR r.created_at >= ?)", "");

    private static final String COUNT = "SELECT COUNT(*) FROM runs r WHERE r.organization_id = ?";

    private static final String ONE = withNames(RUNS + " AND r.id = ?", "");

    private final LocalReads reads;

    public RunQueries(LocalReads reads) {
        this.reads = reads;
    }

    /** Runs newest first (those not started yet on top), starting after {@code after} (null: from the top). */
    public Page<RunRow> page(RunRow after, int limit) {
        return reads.read(rows -> {
            if (after == null) {
                return Page.of(
                        rows.list(FIRST_WINDOW, row -> runRow(rows, row), rows.organizationId(), limit + 1), limit);
            }
            Run last = after.run();
            if (last.startedAt() == null) {
                return Page.of(
                        rows.list(
                                WINDOW_AFTER_NOT_STARTED,
                                row -> runRow(rows, row),
                                rows.organizationId(),
                                last.id(),
                                limit + 1),
                        limit);
            }
            OffsetDateTime started = OffsetDateTime.ofInstant(last.startedAt(), ZoneOffset.UTC);
            return Page.of(
                    rows.list(
                            WINDOW_AFTER_STARTED,
                            row -> runRow(rows, row),
                            rows.organizationId(),
                            started,
                            started,
                            last.id(),
                            limit + 1),
                    limit);
        });
    }

    /** How many runs the list holds in all: the status line's "of 10,000". */
    public long count() {
        return reads.read(rows ->
                rows.list(COUNT, row -> row.getLong(1), rows.organizationId()).get(0));
    }

    /** One run with its names, if this bench holds it. */
    public Optional<RunRow> row(UUID runId) {
        return reads.read(rows -> rows.list(ONE, row -> runRow(rows, row), rows.organizationId(), runId).stream()
                .findFirst());
    }

    /** A person's runs still running or blocked, newest first. */
    public List<RunRow> openRunsOf(UUID operatorId, int limit) {
        return reads.read(rows ->
                rows.list(OPEN_OF_OPERATOR, row -> runRow(rows, row), rows.organizationId(), operatorId, limit));
    }

    /**
     * The runs on the instrument that relied on a revoked certificate, oldest first, as the shared
     * reverse-traceability rule picks them.
     */
    public List<RunRow> toReviewAfterRevoking(Calibration revoked) {
        OffsetDateTime issued = OffsetDateTime.ofInstant(revoked.issuedAt(), ZoneOffset.UTC);
        List<RunRow> candidates = reads.read(rows -> rows.list(
                MAYBE_RELYING_ON,
                row -> runRow(rows, row),
                rows.organizationId(),
                revoked.instrumentId(),
                revoked.id(),
                issued,
                issued));
        Map<UUID, RunRow> byId =
                candidates.stream().collect(Collectors.toMap(row -> row.run().id(), Function.identity()));
        return ReverseTraceability.runsToReview(
                        revoked, candidates.stream().map(RunRow::run).toList())
                .stream()
                .map(run -> byId.get(run.id()))
                .toList();
    }

    private static RunRow runRow(LocalRows rows, ResultSet row) throws SQLException {
        return new RunRow(
                rows.row(Table.RUNS, row),
                nameOrUnknown(row.getString("recipe_name")),
                nameOrUnknown(row.getString("instrument_name")),
                nameOrUnknown(row.getString("sample_name")),
                nameOrUnknown(row.getString("operator_name")));
    }

    private static String nameOrUnknown(String name) {
        return name == null ? "?" : name;
    }

    /**
     * The runs chosen by {@code inner} (a query of the runs table alone, which may order and
     * limit them), with their names joined afterwards: only the rows of the window are joined.
     */
    private static String withNames(String inner, String order) {
        return "SELECT " + LocalRows.columns(Table.RUNS, "r")
                + ", rec.name AS recipe_name, ins.name AS instrument_name, smp.name AS sample_name,"
                + " op.display_name AS operator_name"
                + " FROM (" + inner + ") r"
                + " LEFT JOIN recipes rec ON rec.id = r.recipe_id"
                + " LEFT JOIN instruments ins ON ins.id = r.instrument_id"
                + " LEFT JOIN samples smp ON smp.id = r.sample_id"
                + " LEFT JOIN users op ON op.id = r.operator_id"
                + order;
    }
}
