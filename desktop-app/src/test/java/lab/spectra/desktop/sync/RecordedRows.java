package lab.spectra.desktop.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import lab.spectra.desktop.store.BenchState;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.jdbc.RowMapping;
import lab.spectra.model.protocol.Table;

/**
 * What a bench holds after a pull, written plainly for a fixture: its checkpoint, then every synced
 * row as table, id and row version, sorted. A recording of pulls keeps it beside the answers.
 */
final class RecordedRows {

    static final String FILE = "rows.tsv";

    private RecordedRows() {}

    static List<String> of(Workstation bench) {
        return bench.database().transaction(connection -> {
            List<String> lines = new ArrayList<>();
            for (Table table : Table.values()) {
                if (!table.sentToWorkstations() || !RowMapping.of(table).tenantScoped()) {
                    continue;
                }
                try (PreparedStatement select =
                                connection.prepareStatement("SELECT id, row_version FROM " + table.tableName());
                        ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        lines.add(table.tableName() + "\t" + rows.getString(1) + "\t" + rows.getLong(2));
                    }
                }
            }
            lines.sort(null);
            lines.add(0, "checkpoint\t" + BenchState.read(connection).checkpoint());
            return lines;
        });
    }

    static List<String> recorded(String resources) {
        String path = "/" + resources + "/" + FILE;
        try (InputStream in = RecordedRows.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The recorded rows " + path + " are missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
