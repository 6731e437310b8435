package lab.spectra.desktop.trust;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.desktop.store.LocalDatabase;

/** Each person's latest signed identity snapshot, kept in the bench's database as received. */
public final class SnapshotStore {

    private final LocalDatabase database;

    public SnapshotStore(LocalDatabase database) {
        this.database = database;
    }

    public void save(UUID userId, String compact, Instant at) {
        database.transaction(connection -> {
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO identity_snapshots (user_id, snapshot, stored_at) KEY (user_id) VALUES (?, ?, ?)")) {
                merge.setObject(1, userId);
                merge.setString(2, compact);
                merge.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                merge.executeUpdate();
            }
            return null;
        });
    }

    public Optional<String> load(UUID userId) {
        return database.transaction(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT snapshot FROM identity_snapshots WHERE user_id = ?")) {
                select.setObject(1, userId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }
}
