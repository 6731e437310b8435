package lab.spectra.desktop.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import lab.spectra.model.id.Ids;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.RunStatus;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.SampleStatus;
import lab.spectra.model.testing.Lab;

/**
 * A lab's worth of rows on a bench, as the bench-at-scale harness and its tests put them: samples
 * named "Sample 000000" … in a shuffled order (sample {@code i} is named after {@code i × 7919 mod
 * n}), with barcodes "B{i mod 10}-{i, six digits}" in 40 cabinets, and finished runs of the first
 * samples, one a minute, every hundredth not started yet.
 *
 * <p>One row of each is written as the bench writes rows; the rest are copies of it made by H2
 * itself ({@code INSERT … SELECT … FROM SYSTEM_RANGE}), each column copied unless named here: row
 * by row, 100,000 samples take minutes, which a test cannot spend.
 */
public final class LargeLab {

    /** How many rows one transaction copies. */
    private static final int SLICE = 10_000;

    private LargeLab() {}

    /** The name of the {@code i}-th sample put. */
    public static String nameOf(int i, int sampleCount) {
        return String.format(Locale.ROOT, "Sample %06d", (i * 7919L) % sampleCount);
    }

    /** The barcode of the {@code i}-th sample put. */
    public static String barcodeOf(int i) {
        return String.format(Locale.ROOT, "B%d-%06d", i % 10, i);
    }

    /** Puts {@code sampleCount} samples and {@code runCount} (at most as many) runs into the copy. */
    public static void put(LocalCopy copy, Lab lab, int sampleCount, int runCount) {
        if (runCount > sampleCount) {
            throw new IllegalArgumentException("Each run is of a sample of its own");
        }
        Sample template = new Sample(
                Ids.newId(),
                lab.organizationId,
                "template",
                "template-" + UUID.randomUUID(),
                null,
                "Cabinet 0",
                SampleStatus.AVAILABLE,
                null,
                null,
                lab.engineer.userId(),
                Lab.NOW,
                Lab.NOW,
                null,
                1,
                null,
                null);
        Run runTemplate = new Run(
                Ids.newId(),
                lab.organizationId,
                lab.approvedIvSweep.id(),
                1,
                lab.smu.id(),
                lab.smuCalibration.id(),
                template.id(),
                null,
                lab.technician.userId(),
                RunStatus.FINISHED,
                Lab.NOW.minus(Duration.ofDays(400)),
                null,
                null,
                null,
                null,
                Lab.NOW,
                Lab.NOW,
                1);
        copy.put(template, runTemplate);
        // In slices of their own transaction: one transaction of 100,000 rows bloats H2's file.
        for (int first = 0; first < sampleCount; first += SLICE) {
            String range = range(first, Math.min(sampleCount, first + SLICE));
            copy.transaction(connection -> {
                copies(
                        connection,
                        "samples",
                        Map.of(
                                "id", "RANDOM_UUID()",
                                "name",
                                        "'Sample ' || LPAD(CAST(MOD(r.x * 7919, " + sampleCount
                                                + ") AS VARCHAR), 6, '0')",
                                "barcode", "'B' || MOD(r.x, 10) || '-' || LPAD(CAST(r.x AS VARCHAR), 6, '0')",
                                "location", "'Cabinet ' || MOD(r.x, 40)"),
                        "FROM " + range + " r CROSS JOIN samples t WHERE t.id = ?",
                        template.id());
                return null;
            });
        }
        for (int first = 0; first < runCount; first += SLICE) {
            String range = range(first, Math.min(runCount, first + SLICE));
            copy.transaction(connection -> {
                copies(
                        connection,
                        "runs",
                        Map.of(
                                "id", "RANDOM_UUID()",
                                "sample_id", "s.id",
                                "started_at",
                                        "CASE WHEN MOD(r.x, 100) = 0 THEN NULL ELSE DATEADD(MINUTE, r.x, t.started_at) END"),
                        "FROM " + range + " r CROSS JOIN runs t"
                                + " JOIN samples s ON s.organization_id = t.organization_id"
                                + " AND s.barcode = 'B' || MOD(r.x, 10) || '-' || LPAD(CAST(r.x AS VARCHAR), 6, '0')"
                                + " WHERE t.id = ?",
                        runTemplate.id());
                return null;
            });
        }
        copy.transaction(connection -> {
            delete(connection, "runs", runTemplate.id());
            delete(connection, "samples", template.id());
            return null;
        });
    }

    /** The numbers from {@code first} up to, not including, {@code end}, as H2's table function. */
    private static String range(int first, int end) {
        return "SYSTEM_RANGE(" + first + ", " + (end - 1) + ")";
    }

    /** Inserts copies of the template row {@code from} picks, with the named columns computed. */
    private static void copies(
            Connection connection, String table, Map<String, String> computed, String from, UUID templateId)
            throws SQLException {
        List<String> columns = columnsOf(connection, table);
        String values = columns.stream()
                .map(column -> computed.getOrDefault(column, "t." + column))
                .collect(Collectors.joining(", "));
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + values + " " + from;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setObject(1, templateId);
            insert.executeUpdate();
        }
    }

    private static List<String> columnsOf(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'PUBLIC'"
                        + " AND table_name = ? AND is_generated = 'NEVER' ORDER BY ordinal_position")) {
            query.setString(1, table.toUpperCase(Locale.ROOT));
            try (ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    columns.add(found.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }

    private static void delete(Connection connection, String table, UUID id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            delete.setObject(1, id);
            delete.executeUpdate();
        }
    }
}
