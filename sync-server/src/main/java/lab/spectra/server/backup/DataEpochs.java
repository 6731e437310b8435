package lab.spectra.server.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The data's epochs (ADR 0040): the newest is named on every answer, and a declared restore begins
 * a new one. Read by the application; begun only by the owner, when it restores.
 */
public final class DataEpochs {

    /** One life of the data. */
    public record Epoch(UUID id, Instant beganAt, String why) {}

    private DataEpochs() {}

    /** The newest epoch. */
    public static Epoch current(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT epoch_id, began_at, why FROM data_epochs ORDER BY began_at DESC, epoch_id"
                                + " FETCH FIRST 1 ROW ONLY");
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("The database names no data epoch; run migrate");
            }
            return new Epoch(
                    row.getObject(1, UUID.class),
                    row.getObject(2, OffsetDateTime.class).toInstant(),
                    row.getString(3));
        }
    }

    /** Begins a new epoch, e.g. after the data was restored from a backup. */
    public static Epoch begin(Connection connection, Instant at, String why) throws SQLException {
        Epoch begun = new Epoch(UUID.randomUUID(), at, why);
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO data_epochs (epoch_id, began_at, why) VALUES (?, ?, ?)")) {
            insert.setObject(1, begun.id());
            insert.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.setString(3, why);
            insert.executeUpdate();
        }
        return begun;
    }
}
