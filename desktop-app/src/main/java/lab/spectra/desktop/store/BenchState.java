package lab.spectra.desktop.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.clock.ServerTimeStore;

/**
 * The single row of the bench's sync bookkeeping: which organization this PC's data belongs to,
 * which workstation it is, how far the pull has come and the latest server time seen.
 */
public final class BenchState implements ServerTimeStore {

    /** The row as read. */
    public record Snapshot(
            UUID organizationId, UUID workstationId, long checkpoint, Instant latestServerTime, Instant lastSyncAt) {}

    private final LocalDatabase database;

    public BenchState(LocalDatabase database) {
        this.database = database;
    }

    public Snapshot read() {
        return database.transaction(BenchState::read);
    }

    public static Snapshot read(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT organization_id, workstation_id, checkpoint, latest_server_time, last_sync_at"
                                + " FROM sync_state WHERE id = 1");
                ResultSet row = select.executeQuery()) {
            row.next();
            return new Snapshot(
                    row.getObject(1, UUID.class),
                    row.getObject(2, UUID.class),
                    row.getLong(3),
                    instant(row.getObject(4, OffsetDateTime.class)),
                    instant(row.getObject(5, OffsetDateTime.class)));
        }
    }

    /**
     * Binds this PC's data to an organization the first time someone signs in. A bench PC holds
     * one organization's data only, so anyone from another organization is turned away.
     *
     * @return false when the data already belongs to another organization
     */
    public boolean bindTo(UUID organizationId) {
        return database.transaction(connection -> {
            UUID bound = read(connection).organizationId();
            if (bound != null) {
                return bound.equals(organizationId);
            }
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE sync_state SET organization_id = ? WHERE id = 1")) {
                update.setObject(1, organizationId);
                update.executeUpdate();
            }
            return true;
        });
    }

    /** Stored in the same transaction as the rows it covers. */
    public static void checkpoint(Connection connection, long checkpoint) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE sync_state SET checkpoint = ? WHERE id = 1")) {
            update.setLong(1, checkpoint);
            update.executeUpdate();
        }
    }

    /** The epoch of the server's data this bench last synced with (ADR 0040); empty before the first. */
    public Optional<UUID> dataEpoch() {
        return database.transaction(BenchState::dataEpoch);
    }

    public static Optional<UUID> dataEpoch(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT data_epoch FROM sync_state WHERE id = 1");
                ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.ofNullable(row.getObject(1, UUID.class)) : Optional.empty();
        }
    }

    public static void dataEpoch(Connection connection, UUID epoch) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE sync_state SET data_epoch = ? WHERE id = 1")) {
            update.setObject(1, epoch);
            update.executeUpdate();
        }
    }

    public void synced(Instant at) {
        database.transaction(connection -> {
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE sync_state SET last_sync_at = ? WHERE id = 1")) {
                update.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                update.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<Instant> load() {
        return Optional.ofNullable(read().latestServerTime());
    }

    @Override
    public void save(Instant latestServerTime) {
        database.transaction(connection -> {
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE sync_state SET latest_server_time = ? WHERE id = 1")) {
                update.setObject(1, OffsetDateTime.ofInstant(latestServerTime, ZoneOffset.UTC));
                update.executeUpdate();
            }
            return null;
        });
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
