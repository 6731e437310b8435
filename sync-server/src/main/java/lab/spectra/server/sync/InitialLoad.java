package lab.spectra.server.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.command.Row;
import lab.spectra.model.jdbc.RowMapping;
import lab.spectra.model.jdbc.SqlDialect;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.RowCodec;
import lab.spectra.model.protocol.SnapshotEnd;
import lab.spectra.model.protocol.SnapshotStart;
import lab.spectra.model.protocol.Table;
import lab.spectra.server.db.Database;
import lab.spectra.server.db.OrgSequence;
import lab.spectra.server.trust.TrustService;

/**
 * Every synced row of the caller's organization as it is now, for a bench that has nothing yet
 * (ADR 0032): one table scan per table instead of replaying the change log row by row.
 *
 * <p>Everything is read in one snapshot, and the checkpoint sent with it is the highest change
 * number visible in that same snapshot. That is exact because change numbers are handed out under
 * the organization's row lock, held until the writing transaction ends ({@link OrgSequence}): a
 * transaction holding numbers above another's commits after it, so the changes a snapshot sees are
 * always numbers 1 to some N with nothing missing, and the rows it sees are exactly their result.
 * A pull after N then brings everything committed since, once. On PostgreSQL the snapshot is a
 * read-only repeatable-read transaction, which writers do not wait for; H2 (a lab on one PC) takes
 * the organization's lock instead, so its writers wait for the load.
 */
public final class InitialLoad {

    private final Database database;
    private final TrustService trust;
    private final ObjectMapper mapper;
    private final RowCodec codec;
    private final Clock clock;

    public InitialLoad(Database database, TrustService trust, ObjectMapper mapper, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.trust = Objects.requireNonNull(trust, "trust");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.codec = new RowCodec(mapper);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Writes a {@link SnapshotStart}, every synced row, then a {@link SnapshotEnd} to {@code body}.
     *
     * @return how many rows went
     */
    public long write(UserAccount caller, Optional<UUID> workstationId, OutputStream body) {
        UUID organizationId = caller.organizationId();
        String receipt = workstationId
                .map(workstation -> trust.receiptFor(organizationId, workstation))
                .orElse(null);
        if (database.dialect() == SqlDialect.POSTGRESQL) {
            return database.inTenantSnapshot(
                    organizationId, connection -> stream(connection, organizationId, receipt, body));
        }
        return database.inTenant(organizationId, connection -> {
            OrgSequence.lock(connection, organizationId);
            return stream(connection, organizationId, receipt, body);
        });
    }

    private long stream(Connection connection, UUID organizationId, String receipt, OutputStream body)
            throws SQLException {
        // The first query fixes the snapshot: the checkpoint and every row below come from it.
        long checkpoint = highestVisibleChangeNumber(connection, organizationId);
        try (RowStreamWriter out = new RowStreamWriter(mapper, codec, body)) {
            out.line(new SnapshotStart(checkpoint, clock.instant(), receipt));
            long rows = 0;
            for (Table table : Table.values()) {
                if (table.sentToWorkstations()) {
                    rows += streamTable(connection, organizationId, table, out);
                }
            }
            out.line(new SnapshotEnd(rows));
            return rows;
        }
    }

    private static long highestVisibleChangeNumber(Connection connection, UUID organizationId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COALESCE(MAX(change_number), 0) FROM change_log WHERE organization_id = ?")) {
            select.setObject(1, organizationId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private <T extends Row> long streamTable(
            Connection connection, UUID organizationId, Table table, RowStreamWriter out) throws SQLException {
        RowMapping<T> mapping = RowMapping.of(table);
        // The organizations table is its own tenant: its row is the caller's organization.
        String sql = mapping.select() + (mapping.tenantScoped() ? " WHERE organization_id = ?" : " WHERE id = ?");
        long written = 0;
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setFetchSize(StreamedPull.FETCH_SIZE);
            select.setObject(1, organizationId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    out.snapshotRow(table.tableName(), mapping.read(rows, mapper));
                    written++;
                }
            }
        }
        return written;
    }
}
