package lab.spectra.server.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.command.Row;
import lab.spectra.model.jdbc.RowMapping;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.RowCodec;
import lab.spectra.model.protocol.StreamedPullEnd;
import lab.spectra.model.protocol.Table;
import lab.spectra.server.command.ChangeLog;
import lab.spectra.server.db.Database;
import lab.spectra.server.trust.TrustService;

/**
 * A pull page as newline-delimited JSON (ADR 0032): the same changes {@link SyncService#pull}
 * answers, with the same rule (a row changed several times in the page is sent once, as it is now,
 * under its highest number; a row that is gone travels as a tombstone), but each row is written to
 * the answer as it is read, table by table in parent-first order, tombstones last, then a
 * {@link StreamedPullEnd}. Only the page's row ids are held in memory, never its rows.
 */
public final class StreamedPull {

    public static final int DEFAULT_LIMIT = 10_000;
    public static final int MAX_LIMIT = 20_000;

    /** Ids per {@code IN (...)} list: well under either database's parameter limit. */
    private static final int IDS_PER_QUERY = 1_000;
    /** Rows fetched per round trip while a table's rows are streamed. */
    static final int FETCH_SIZE = 2_000;

    private final Database database;
    private final TrustService trust;
    private final ObjectMapper mapper;
    private final RowCodec codec;
    private final Clock clock;

    public StreamedPull(Database database, TrustService trust, ObjectMapper mapper, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.trust = Objects.requireNonNull(trust, "trust");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.codec = new RowCodec(mapper);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Writes the page of changes numbered above {@code after} to {@code body}.
     *
     * @return how many rows and tombstones the page carried
     */
    public long write(UserAccount caller, Optional<UUID> workstationId, long after, int limit, OutputStream body) {
        UUID organizationId = caller.organizationId();
        String receipt = workstationId
                .map(workstation -> trust.receiptFor(organizationId, workstation))
                .orElse(null);
        return database.inTenant(organizationId, connection -> {
            List<ChangeLog.Entry> entries = ChangeLog.after(connection, organizationId, after, limit + 1);
            boolean hasMore = entries.size() > limit;
            List<ChangeLog.Entry> page = hasMore ? entries.subList(0, limit) : entries;
            long nextCheckpoint =
                    page.isEmpty() ? after : page.get(page.size() - 1).changeNumber();
            Map<Table, Map<UUID, Long>> latestByTable = latestByTable(page);
            try (RowStreamWriter out = new RowStreamWriter(mapper, codec, body)) {
                long lines = 0;
                List<Tombstone> tombstones = new ArrayList<>();
                for (Map.Entry<Table, Map<UUID, Long>> table : latestByTable.entrySet()) {
                    Map<UUID, Long> missing = new LinkedHashMap<>(table.getValue());
                    lines += streamRows(connection, organizationId, table.getKey(), missing, out);
                    missing.forEach((id, number) -> tombstones.add(new Tombstone(table.getKey(), id, number)));
                }
                // Children before parents, as the bench removes them.
                Collections.reverse(tombstones);
                for (Tombstone tombstone : tombstones) {
                    out.change(tombstone.changeNumber(), tombstone.table().tableName(), tombstone.id(), null);
                    lines++;
                }
                out.line(new StreamedPullEnd(nextCheckpoint, hasMore, clock.instant(), receipt, lines));
                return lines;
            }
        });
    }

    private record Tombstone(Table table, UUID id, long changeNumber) {}

    /** The page's rows by table, in the tables' parent-first order; server-only tables left out. */
    private static Map<Table, Map<UUID, Long>> latestByTable(List<ChangeLog.Entry> page) {
        Map<Table, Map<UUID, Long>> latest = new EnumMap<>(Table.class);
        for (ChangeLog.Entry entry : page) {
            Table.byName(entry.tableName()).filter(Table::sentToWorkstations).ifPresent(table -> latest.computeIfAbsent(
                            table, t -> new LinkedHashMap<>())
                    .merge(entry.rowId(), entry.changeNumber(), Math::max));
        }
        return latest;
    }

    /** Streams the rows of {@code missing} that still exist, removing each from it as it goes. */
    private <T extends Row> long streamRows(
            Connection connection, UUID organizationId, Table table, Map<UUID, Long> missing, RowStreamWriter out)
            throws SQLException {
        RowMapping<T> mapping = RowMapping.of(table);
        List<UUID> ids = new ArrayList<>(missing.keySet());
        long written = 0;
        for (int start = 0; start < ids.size(); start += IDS_PER_QUERY) {
            List<UUID> chunk = ids.subList(start, Math.min(ids.size(), start + IDS_PER_QUERY));
            String placeholders = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            // The organizations table is its own tenant: its row is the caller's organization.
            String sql = mapping.select() + " WHERE "
                    + (mapping.tenantScoped() ? "organization_id = ? AND " : "id = ? AND ")
                    + "id IN (" + placeholders + ")";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setFetchSize(FETCH_SIZE);
                int index = 1;
                select.setObject(index++, organizationId);
                for (UUID id : chunk) {
                    select.setObject(index++, id);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        T row = mapping.read(rows, mapper);
                        Long number = missing.remove(row.id());
                        if (number != null) {
                            out.change(number, table.tableName(), row.id(), row);
                            written++;
                        }
                    }
                }
            }
        }
        return written;
    }
}
