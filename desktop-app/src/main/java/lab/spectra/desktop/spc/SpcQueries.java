package lab.spectra.desktop.spc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.model.calibration.Calibration;
import lab.spectra.model.instrument.InstrumentEvent;
import lab.spectra.model.instrument.InstrumentMarker;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.spc.ChartMarker;
import lab.spectra.model.spc.SpcPoint;
import lab.spectra.model.spc.SpcSeries;

/**
 * What the bench reads for its SPC screen: the lab's series with their instrument, point count and
 * open alerts, and one series' history for its chart (points with their run's recipe, sample and
 * operator; alerts, with whether they are still only this bench's; the instrument's events and
 * certificates and the lineage's recipe versions as markers).
 */
public final class SpcQueries {

    private static final String SERIES = "SELECT " + LocalRows.columns(Table.SPC_SERIES, "s")
            + ", ins.name AS instrument_name,"
            + " (SELECT COUNT(*) FROM spc_points p WHERE p.series_id = s.id) AS point_count,"
            + " (SELECT COUNT(*) FROM spc_alerts a WHERE a.series_id = s.id AND a.acknowledged_at IS NULL) AS open_alerts"
            + " FROM spc_series s LEFT JOIN instruments ins ON ins.id = s.instrument_id"
            + " WHERE s.organization_id = ? AND s.deleted_at IS NULL";
    private static final String ONE_SERIES = "SELECT " + LocalRows.columns(Table.SPC_SERIES, "s")
            + " FROM spc_series s WHERE s.organization_id = ? AND s.id = ?";
    private static final String POINTS = "SELECT " + LocalRows.columns(Table.SPC_POINTS, "p")
            + ", rec.name AS recipe_name, r.recipe_version AS recipe_version, smp.name AS sample_name,"
            + " op.display_name AS operator_name"
            + " FROM spc_points p"
            + " LEFT JOIN runs r ON r.id = p.run_id"
            + " LEFT JOIN recipes rec ON rec.id = r.recipe_id"
            + " LEFT JOIN samples smp ON smp.id = r.sample_id"
            + " LEFT JOIN users op ON op.id = r.operator_id"
            + " WHERE p.organization_id = ? AND p.series_id = ?";
    /** An alert raised by a command still in the outbox is this bench's guess until the server answers. */
    private static final String ALERTS = "SELECT " + LocalRows.columns(Table.SPC_ALERTS, "a")
            + ", EXISTS (SELECT 1 FROM outbox_effects e WHERE e.table_name = 'spc_alerts' AND e.row_id = a.id)"
            + " AS provisional FROM spc_alerts a WHERE a.organization_id = ? AND a.series_id = ?";

    private static final String EVENTS = "SELECT " + LocalRows.columns(Table.INSTRUMENT_EVENTS, "e")
            + " FROM instrument_events e WHERE e.organization_id = ? AND e.instrument_id = ?";
    private static final String CALIBRATIONS = "SELECT " + LocalRows.columns(Table.CALIBRATIONS, "c")
            + " FROM calibrations c WHERE c.organization_id = ? AND c.instrument_id = ?";
    /** Every version of the lineage: recipes of the same name, in any case. */
    private static final String LINEAGE = "SELECT " + LocalRows.columns(Table.RECIPES, "r")
            + " FROM recipes r WHERE r.organization_id = ? AND LOWER(TRIM(r.name)) = LOWER(TRIM(?))";

    private final LocalReads reads;

    public SpcQueries(LocalReads reads) {
        this.reads = reads;
    }

    /** The lab's series by name. */
    public List<SeriesRow> series() {
        return reads.read(rows -> rows.list(SERIES, row -> seriesRow(rows, row), rows.organizationId()).stream()
                .sorted(Comparator.comparing((SeriesRow row) -> row.series().name(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(row -> row.series().id()))
                .toList());
    }

    /** One series' chart material, or empty when the series is not (or no longer) on this bench. */
    public Optional<SeriesHistory> history(UUID seriesId) {
        return reads.read(rows -> {
            List<SpcSeries> found = rows.rows(Table.SPC_SERIES, ONE_SERIES, rows.organizationId(), seriesId);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            SpcSeries series = found.get(0);
            List<PointRow> points =
                    rows.list(POINTS, row -> pointRow(rows, row), rows.organizationId(), seriesId).stream()
                            // Sorted here so the order is exactly the shared comparator's, ids included.
                            .sorted(Comparator.comparing(PointRow::point, SpcPoint.CHART_ORDER))
                            .toList();
            List<AlertRow> alerts = rows.list(
                    ALERTS,
                    row -> new AlertRow(rows.row(Table.SPC_ALERTS, row), row.getBoolean("provisional")),
                    rows.organizationId(),
                    seriesId);
            List<InstrumentEvent> events =
                    rows.rows(Table.INSTRUMENT_EVENTS, EVENTS, rows.organizationId(), series.instrumentId());
            List<Calibration> calibrations =
                    rows.rows(Table.CALIBRATIONS, CALIBRATIONS, rows.organizationId(), series.instrumentId());
            List<Recipe> lineage = series.recipeName() == null
                    ? List.of()
                    : rows.rows(Table.RECIPES, LINEAGE, rows.organizationId(), series.recipeName());
            List<ChartMarker> markers =
                    ChartMarker.of(InstrumentMarker.timeline(events, calibrations), lineage, null, null);
            return Optional.of(new SeriesHistory(series, points, alerts, markers));
        });
    }

    private static SeriesRow seriesRow(LocalRows rows, ResultSet row) throws SQLException {
        String instrument = row.getString("instrument_name");
        return new SeriesRow(
                rows.row(Table.SPC_SERIES, row),
                instrument == null ? "?" : instrument,
                row.getInt("point_count"),
                row.getInt("open_alerts"));
    }

    private static PointRow pointRow(LocalRows rows, ResultSet row) throws SQLException {
        return new PointRow(
                rows.row(Table.SPC_POINTS, row),
                orUnknown(row.getString("recipe_name")),
                row.getInt("recipe_version"),
                orUnknown(row.getString("sample_name")),
                orUnknown(row.getString("operator_name")));
    }

    private static String orUnknown(String name) {
        return name == null ? "?" : name;
    }
}
