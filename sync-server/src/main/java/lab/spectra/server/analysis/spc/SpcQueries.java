package lab.spectra.server.analysis.spc;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.auth.Action;
import lab.spectra.model.instrument.InstrumentMarker;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.spc.SpcAlert;
import lab.spectra.model.spc.SpcLimitDecision;
import lab.spectra.model.spc.SpcPoint;
import lab.spectra.model.spc.SpcSeries;
import lab.spectra.server.db.Conditions;
import lab.spectra.server.db.Database;
import lab.spectra.server.db.Page;
import lab.spectra.server.db.PageRequest;
import lab.spectra.server.db.TenantReads;
import lab.spectra.server.db.ViewRefused;

/**
 * The reads of SPC series, their points, alerts and limit decisions, always in the viewer's own
 * organization. The chart is read in one transaction with a handful of queries however many points
 * it shows: the series, its last points joined with their runs, samples and operators, and the
 * instrument's timeline and the recipe lineage for the markers.
 */
public final class SpcQueries {

    /** Which alerts a list shows: those awaiting acknowledgement, those acknowledged, or all. */
    public enum AlertStatus {
        OPEN,
        ACKNOWLEDGED
    }

    /**
     * One point as the points list shows it.
     *
     * @param measuredAt when its run started (chart order)
     * @param recordedAt when its result was recorded
     * @param receivedAt when the server received and applied it
     */
    public record PointView(
            UUID id,
            UUID runId,
            UUID resultId,
            double value,
            Instant measuredAt,
            Instant recordedAt,
            Instant receivedAt) {}

    /**
     * A point with what a chart's tooltip tells of it: its run, the run's sample and operator. Kept
     * to what a chart shows, since a chart carries thousands of them (the points list has the rest).
     */
    public record ChartPoint(
            UUID id,
            UUID runId,
            double value,
            Instant measuredAt,
            Instant recordedAt,
            String sampleBarcode,
            String sampleName,
            String operatorName) {

        /** The same point as the shared rules see it, for plotting and judging. */
        SpcPoint asSpcPoint(UUID organizationId, UUID seriesId) {
            return new SpcPoint(
                    id, organizationId, seriesId, runId, value, measuredAt, measuredAt, 1, null, recordedAt);
        }
    }

    /** What a chart is drawn from, read in one transaction. */
    record ChartData(
            SpcSeries series,
            long totalPoints,
            List<ChartPoint> pointsInChartOrder,
            List<InstrumentMarker> instrumentTimeline,
            List<Recipe> lineage) {}

    private static final String CHART_ORDER_DESCENDING = "ORDER BY measured_at DESC, recorded_at DESC, id DESC";

    private final TenantReads reads;
    private final Database database;
    private final ObjectMapper mapper;

    public SpcQueries(TenantReads reads, Database database, ObjectMapper mapper) {
        this.reads = reads;
        this.database = database;
        this.mapper = mapper;
    }

    /** Series that are not deleted, in creation order, optionally of one instrument. */
    public Page<SpcSeries> series(UserAccount viewer, UUID instrumentId, PageRequest page) {
        return reads.page(
                viewer,
                Table.SPC_SERIES,
                Conditions.where("deleted_at IS NULL").andIfGiven("instrument_id = ?", instrumentId),
                page);
    }

    /** One series; empty when it is not of the viewer's organization, or deleted. */
    public Optional<SpcSeries> series(UserAccount viewer, UUID seriesId) {
        return reads.read(viewer, state -> seriesIn(state, seriesId));
    }

    /**
     * A page of a series' points, newest first in chart order, starting after the point {@code
     * before} (null for the newest). Empty when the series is not the viewer's.
     *
     * @throws UnknownCursor when {@code before} is not a point of the series
     */
    public Optional<Page<PointView>> points(UserAccount viewer, UUID seriesId, UUID before, int limit) {
        return reads.read(viewer, state -> seriesIn(state, seriesId).map(series -> {
            List<SpcPoint> fetched;
            if (before == null) {
                fetched = state.findOrdered(
                        Table.SPC_POINTS, "series_id = ?", CHART_ORDER_DESCENDING + " LIMIT " + (limit + 1), seriesId);
            } else {
                SpcPoint cursor =
                        state.<SpcPoint>find(Table.SPC_POINTS, "series_id = ? AND id = ?", seriesId, before).stream()
                                .findFirst()
                                .orElseThrow(() -> new UnknownCursor("before is not a point of this series"));
                fetched = state.findOrdered(
                        Table.SPC_POINTS,
                        "series_id = ? AND (measured_at, recorded_at, id) < (?, ?, ?)",
                        CHART_ORDER_DESCENDING + " LIMIT " + (limit + 1),
                        seriesId,
                        utc(cursor.measuredAt()),
                        utc(cursor.recordedAt()),
                        cursor.id());
            }
            List<PointView> views = fetched.stream()
                    .map(point -> new PointView(
                            point.id(),
                            point.runId(),
                            point.resultId(),
                            point.value(),
                            point.measuredAt(),
                            point.recordedAt(),
                            point.createdAt()))
                    .toList();
            return Page.of(views, PageRequest.first(limit), PointView::id);
        }));
    }

    /** Every point of a series in chart order (for a baseline); empty when the series is not the viewer's. */
    public Optional<SeriesPoints> allPoints(UserAccount viewer, UUID seriesId) {
        return reads.read(viewer, state -> seriesIn(state, seriesId).map(series -> {
            List<SpcPoint> points = new ArrayList<>(state.find(Table.SPC_POINTS, "series_id = ?", seriesId));
            points.sort(SpcPoint.CHART_ORDER);
            return new SeriesPoints(series, List.copyOf(points));
        }));
    }

    /** A series and all its points in chart order. */
    public record SeriesPoints(SpcSeries series, List<SpcPoint> pointsInChartOrder) {}

    /**
     * The chart of the series' last {@code last} points; empty when the series is not the viewer's.
     * Read from the series, its last points in chart order with their runs, samples and operators
     * (plus the few before them the rules look back at), the instrument's timeline and the recipe
     * lineage.
     */
    public Optional<SpcChart> chart(UserAccount viewer, UUID seriesId, int last) {
        requireView(viewer);
        return database.inTenant(viewer.organizationId(), connection -> {
            JdbcDomainState state = new JdbcDomainState(connection, viewer.organizationId(), mapper);
            Optional<SpcSeries> found = seriesIn(state, seriesId);
            if (found.isEmpty()) {
                return Optional.<SpcChart>empty();
            }
            SpcSeries series = found.get();
            int count = last + (SpcChart.RULE_LOOK_BACK + 1) * Math.max(1, series.subgroupSize());
            List<ChartPoint> points = lastPoints(connection, seriesId, count);
            long total = points.size() < count ? points.size() : countPoints(connection, seriesId);
            List<InstrumentMarker> timeline = InstrumentMarker.timeline(
                    state.eventsOf(series.instrumentId()), state.calibrationsOf(series.instrumentId()));
            List<Recipe> lineage = series.recipeName() == null
                    ? List.of()
                    : state.find(
                            Table.RECIPES,
                            "LOWER(TRIM(name)) = LOWER(TRIM(?)) AND deleted_at IS NULL",
                            series.recipeName());
            return Optional.of(SpcChart.of(new ChartData(series, total, points, timeline, lineage), last));
        });
    }

    /**
     * A page of alerts, newest first, optionally only open or acknowledged ones, optionally of one
     * series; {@code after} is the last alert of the page before.
     *
     * @throws UnknownCursor when {@code after} is not one of the organization's alerts
     */
    public Page<SpcAlert> alerts(UserAccount viewer, AlertStatus status, UUID seriesId, UUID after, int limit) {
        return reads.read(viewer, state -> {
            Conditions conditions = Conditions.where(
                            "series_id IN (SELECT s.id FROM spc_series s WHERE s.deleted_at IS NULL)")
                    .andIfGiven("series_id = ?", seriesId);
            if (status == AlertStatus.OPEN) {
                conditions = conditions.and("acknowledged_at IS NULL");
            } else if (status == AlertStatus.ACKNOWLEDGED) {
                conditions = conditions.and("acknowledged_at IS NOT NULL");
            }
            if (after != null) {
                SpcAlert cursor = state.<SpcAlert>find(Table.SPC_ALERTS, "id = ?", after).stream()
                        .findFirst()
                        .orElseThrow(() -> new UnknownCursor("cursor is not an alert of this organization"));
                conditions = conditions.and("(raised_at, id) < (?, ?)", utc(cursor.raisedAt()), cursor.id());
            }
            List<SpcAlert> fetched = state.findOrdered(
                    Table.SPC_ALERTS,
                    conditions.sql(),
                    "ORDER BY raised_at DESC, id DESC LIMIT " + (limit + 1),
                    conditions.parameters());
            return Page.of(fetched, PageRequest.first(limit), SpcAlert::id);
        });
    }

    /** One alert of a series that is not deleted; empty when it is not the viewer's organization's. */
    public Optional<SpcAlert> alert(UserAccount viewer, UUID alertId) {
        return reads.read(viewer, state -> state
                .<SpcAlert>find(
                        Table.SPC_ALERTS,
                        "id = ? AND series_id IN (SELECT s.id FROM spc_series s WHERE s.deleted_at IS NULL)",
                        alertId)
                .stream()
                .findFirst());
    }

    /** One limit decision (the one a freeze just wrote). */
    public Optional<SpcLimitDecision> decision(UserAccount viewer, UUID decisionId) {
        return reads.read(
                viewer, state -> state.<SpcLimitDecision>find(Table.SPC_LIMIT_DECISIONS, "id = ?", decisionId).stream()
                        .findFirst());
    }

    /** A cursor that names no row of the list: the caller's mistake, a 400. */
    public static final class UnknownCursor extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnknownCursor(String message) {
            super(message);
        }
    }

    private static Optional<SpcSeries> seriesIn(JdbcDomainState state, UUID seriesId) {
        return state.<SpcSeries>find(Table.SPC_SERIES, "id = ? AND deleted_at IS NULL", seriesId).stream()
                .findFirst();
    }

    /** The last points in chart order, each with its run's sample and operator, in one query. */
    private static List<ChartPoint> lastPoints(Connection connection, UUID seriesId, int count) throws SQLException {
        String sql = "SELECT p.id, p.run_id, p.value, p.measured_at, p.recorded_at, s.barcode, s.name, u.display_name"
                + " FROM spc_points p"
                + " LEFT JOIN runs r ON r.id = p.run_id"
                + " LEFT JOIN samples s ON s.id = r.sample_id"
                + " LEFT JOIN users u ON u.id = r.operator_id"
                + " WHERE p.series_id = ?"
                + " ORDER BY p.measured_at DESC, p.recorded_at DESC, p.id DESC LIMIT ?";
        List<ChartPoint> points = new ArrayList<>(Math.min(count, 1024));
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, seriesId);
            select.setInt(2, count);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    points.add(new ChartPoint(
                            row.getObject(1, UUID.class),
                            row.getObject(2, UUID.class),
                            row.getDouble(3),
                            instant(row, 4),
                            instant(row, 5),
                            row.getString(6),
                            row.getString(7),
                            row.getString(8)));
                }
            }
        }
        // The rules judge points in the shared chart order, which breaks ties of time by id as Java does.
        points.sort(Comparator.comparing(ChartPoint::measuredAt)
                .thenComparing(ChartPoint::recordedAt)
                .thenComparing(ChartPoint::id));
        return points;
    }

    private static long countPoints(Connection connection, UUID seriesId) throws SQLException {
        try (PreparedStatement count =
                connection.prepareStatement("SELECT COUNT(*) FROM spc_points WHERE series_id = ?")) {
            count.setObject(1, seriesId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp time = row.getTimestamp(column);
        return time == null ? null : time.toInstant();
    }

    private static void requireView(UserAccount viewer) {
        if (!viewer.asActor().may(Action.VIEW_ORGANIZATION_DATA)) {
            throw new ViewRefused("Your role may not view this organization's data");
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
