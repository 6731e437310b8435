package lab.spectra.desktop.spc.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.spc.RuleNumbering;
import lab.spectra.model.spc.SpcAlert;

/**
 * What the alerts pane and the dashboard read from the bench's copy: the alerts of one series or
 * of every series, newest first, with their series, point, run and acknowledger in words, and
 * whether each is still provisional (an effect of a command waiting in the outbox).
 */
public final class SpcAlertQueries {

    private static final String SELECT = "SELECT " + LocalRows.columns(Table.SPC_ALERTS, "a")
            + ", s.name AS series_name, s.rule_numbering AS series_numbering, p.measured_at AS point_time,"
            + " rc.name AS recipe_name, rc.version AS recipe_version, sm.name AS sample_name,"
            + " u.display_name AS acknowledger,"
            + " (SELECT COUNT(*) FROM outbox_effects e WHERE e.table_name = 'spc_alerts' AND e.row_id = a.id)"
            + " AS pending_effects"
            + " FROM spc_alerts a"
            + " JOIN spc_series s ON s.id = a.series_id AND s.organization_id = a.organization_id"
            + " LEFT JOIN spc_points p ON p.id = a.point_id AND p.organization_id = a.organization_id"
            + " LEFT JOIN runs r ON r.id = p.run_id AND r.organization_id = a.organization_id"
            + " LEFT JOIN recipes rc ON rc.id = r.recipe_id AND rc.organization_id = a.organization_id"
            + " LEFT JOIN samples sm ON sm.id = r.sample_id AND sm.organization_id = a.organization_id"
            + " LEFT JOIN users u ON u.id = a.acknowledged_by AND u.organization_id = a.organization_id"
            + " WHERE a.organization_id = ? AND s.deleted_at IS NULL";
    private static final String NEWEST_FIRST = " ORDER BY a.raised_at DESC, a.id LIMIT ?";
    private static final String OPEN_COUNT = "SELECT COUNT(*) FROM spc_alerts a"
            + " JOIN spc_series s ON s.id = a.series_id AND s.organization_id = a.organization_id"
            + " WHERE a.organization_id = ? AND s.deleted_at IS NULL AND a.acknowledged_at IS NULL";

    private final LocalReads reads;

    public SpcAlertQueries(LocalReads reads) {
        this.reads = reads;
    }

    /**
     * Alerts newest first.
     *
     * @param seriesId             one series' alerts, or null for every series'
     * @param includeAcknowledged  false for the open ones only
     * @param limit                at most this many
     */
    public List<AlertLine> alerts(UUID seriesId, boolean includeAcknowledged, int limit) {
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> parameters = new ArrayList<>();
        if (seriesId != null) {
            sql.append(" AND a.series_id = ?");
            parameters.add(seriesId);
        }
        if (!includeAcknowledged) {
            sql.append(" AND a.acknowledged_at IS NULL");
        }
        sql.append(NEWEST_FIRST);
        parameters.add(limit);
        return reads.read(rows -> {
            List<Object> bound = new ArrayList<>();
            bound.add(rows.organizationId());
            bound.addAll(parameters);
            return rows.list(sql.toString(), row -> line(rows, row), bound.toArray());
        });
    }

    /** How many alerts of live series wait for acknowledgement. */
    public int openCount() {
        return reads.read(rows -> rows.list(OPEN_COUNT, row -> row.getInt(1), rows.organizationId()).stream()
                .findFirst()
                .orElse(0));
    }

    private static AlertLine line(LocalRows rows, ResultSet row) throws SQLException {
        SpcAlert alert = rows.row(Table.SPC_ALERTS, row);
        String numbering = row.getString("series_numbering");
        OffsetDateTime pointTime = row.getObject("point_time", OffsetDateTime.class);
        return new AlertLine(
                alert,
                numbering == null ? RuleNumbering.NELSON : RuleNumbering.valueOf(numbering.toUpperCase(Locale.ROOT)),
                row.getString("series_name"),
                runInWords(row.getString("recipe_name"), row.getInt("recipe_version"), row.getString("sample_name")),
                pointTime == null ? null : pointTime.toInstant(),
                row.getString("acknowledger"),
                row.getLong("pending_effects") > 0);
    }

    private static String runInWords(String recipe, int version, String sample) {
        if (recipe == null) {
            return "";
        }
        return recipe + " v" + version + (sample == null ? "" : " on " + sample);
    }
}
