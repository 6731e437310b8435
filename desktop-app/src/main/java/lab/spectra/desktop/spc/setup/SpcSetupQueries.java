package lab.spectra.desktop.spc.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.desktop.spc.setup.SetupChoices.InstrumentChoice;
import lab.spectra.desktop.spc.setup.SetupChoices.MaterialChoice;
import lab.spectra.desktop.spc.setup.SetupChoices.QuantityChoice;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.spc.SpcPoint;
import lab.spectra.model.spc.SpcSeries;

/**
 * What the series forms and the freeze dialog read from the bench's copy: the lab's instruments,
 * recipe lineages and materials, the quantities results of a lineage carry, and a series with its
 * points in chart order (the baseline a PI freezes limits from).
 */
public final class SpcSetupQueries {

    private static final String INSTRUMENTS = "SELECT i.id, i.name, i.kind FROM instruments i"
            + " WHERE i.organization_id = ? AND i.deleted_at IS NULL ORDER BY LOWER(i.name), i.id";
    private static final String RECIPE_NAMES = "SELECT DISTINCT r.name FROM recipes r"
            + " WHERE r.organization_id = ? AND LOWER(r.instrument_kind) = ? AND r.deleted_at IS NULL ORDER BY r.name";
    private static final String QUANTITIES = "SELECT DISTINCT res.quantity, res.unit FROM results res"
            + " JOIN runs run ON run.id = res.run_id AND run.organization_id = res.organization_id"
            + " JOIN recipes rc ON rc.id = run.recipe_id AND rc.organization_id = res.organization_id"
            + " WHERE res.organization_id = ? AND LOWER(TRIM(rc.name)) = ?"
            + " ORDER BY res.quantity, res.unit";
    private static final String MATERIALS = "SELECT m.id, m.name FROM materials m"
            + " WHERE m.organization_id = ? AND m.deleted_at IS NULL ORDER BY LOWER(m.name), m.id";
    private static final String SERIES = "SELECT " + LocalRows.columns(Table.SPC_SERIES, "s")
            + " FROM spc_series s WHERE s.organization_id = ? AND s.id = ? AND s.deleted_at IS NULL";
    private static final String POINTS = "SELECT " + LocalRows.columns(Table.SPC_POINTS, "p")
            + " FROM spc_points p WHERE p.organization_id = ? AND p.series_id = ?"
            + " ORDER BY p.measured_at, p.recorded_at, p.id";

    private final LocalReads reads;

    public SpcSetupQueries(LocalReads reads) {
        this.reads = reads;
    }

    public List<InstrumentChoice> instruments() {
        return reads.read(rows -> rows.list(
                INSTRUMENTS,
                row -> new InstrumentChoice(
                        row.getObject(1, UUID.class),
                        row.getString(2),
                        InstrumentKind.valueOf(row.getString(3).toUpperCase(Locale.ROOT))),
                rows.organizationId()));
    }

    /** The lab's recipe lineages for a kind of instrument: each name once, whatever its versions. */
    public List<String> recipeNames(InstrumentKind kind) {
        return reads.read(rows -> rows.list(
                RECIPE_NAMES,
                row -> row.getString(1),
                rows.organizationId(),
                kind.name().toLowerCase(Locale.ROOT)));
    }

    /** The quantities (and units) results of runs of the lineage already carry, every version. */
    public List<QuantityChoice> quantities(String recipeName) {
        if (recipeName == null || recipeName.isBlank()) {
            return List.of();
        }
        return reads.read(rows -> rows.list(
                QUANTITIES,
                row -> new QuantityChoice(row.getString(1), row.getString(2)),
                rows.organizationId(),
                recipeName.strip().toLowerCase(Locale.ROOT)));
    }

    public List<MaterialChoice> materials() {
        return reads.read(rows -> rows.list(
                MATERIALS,
                row -> new MaterialChoice(row.getObject(1, UUID.class), row.getString(2)),
                rows.organizationId()));
    }

    /** A live series and its points in chart order, read in one transaction. */
    public Optional<SeriesWithPoints> seriesWithPoints(UUID seriesId) {
        return reads.read(rows -> {
            Optional<SpcSeries> series =
                    rows.<SpcSeries>rows(Table.SPC_SERIES, SERIES, rows.organizationId(), seriesId).stream()
                            .findFirst();
            if (series.isEmpty()) {
                return Optional.empty();
            }
            List<SpcPoint> points =
                    new ArrayList<>(rows.<SpcPoint>rows(Table.SPC_POINTS, POINTS, rows.organizationId(), seriesId));
            // The shared order decides ties exactly as the deciding side does.
            points.sort(SpcPoint.CHART_ORDER);
            return Optional.of(new SeriesWithPoints(series.get(), List.copyOf(points)));
        });
    }

    /** A series and every one of its points, in {@link SpcPoint#CHART_ORDER}. */
    public record SeriesWithPoints(SpcSeries series, List<SpcPoint> points) {}
}
