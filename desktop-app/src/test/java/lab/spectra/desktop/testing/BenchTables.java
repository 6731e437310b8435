package lab.spectra.desktop.testing;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import lab.spectra.desktop.store.BenchState;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.command.Row;
import lab.spectra.model.id.Ids;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.SampleStatus;
import lab.spectra.server.testing.ServerLab;

/** The bench's own tables, compared with the server's, and many rows made on the server at once. */
public final class BenchTables {

    private BenchTables() {}

    /** Every row of a table on the bench, id to row version. */
    public static Map<UUID, Long> versions(Workstation bench, String table) {
        return bench.database().transaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, row_version FROM " + table);
                    ResultSet rows = select.executeQuery()) {
                Map<UUID, Long> versions = new HashMap<>();
                while (rows.next()) {
                    versions.put(rows.getObject(1, UUID.class), rows.getLong(2));
                }
                return versions;
            }
        });
    }

    public static long checkpoint(Workstation bench) {
        return bench.database()
                .transaction(connection -> BenchState.read(connection).checkpoint());
    }

    /** The organization's latest change number on the server. */
    public static long serverCheckpoint(ServerLab lab, ServerLab.Org org) {
        return new ServerTables(lab, org)
                .count("SELECT COALESCE(MAX(change_number), 0) FROM change_log WHERE organization_id = ?", org.id());
    }

    /** {@code count} samples written on the server as commands would write them (change log included). */
    public static void samplesOnTheServer(ServerLab lab, ServerLab.Org org, String prefix, int count) {
        Instant now = Instant.now();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Sample(
                    Ids.newId(),
                    org.id(),
                    String.format(Locale.ROOT, "%s sample %05d", prefix, i),
                    prefix + "-" + i,
                    null,
                    "Cabinet " + (i % 40),
                    SampleStatus.AVAILABLE,
                    null,
                    null,
                    null,
                    now,
                    now,
                    null,
                    1,
                    null,
                    null));
        }
        lab.commands.insertSystemRows(org.id(), null, "test:Samples", rows);
    }
}
