package lab.spectra.desktop.trust;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import lab.spectra.desktop.store.LocalDatabase;

/**
 * Wrong passwords typed into the sign dialog of this bench, per person (ADR 0018). The password
 * unseals the device key on the bench itself, so without a limit a stolen, offline PC would let
 * anyone guess at leisure; after {@value #ATTEMPTS} wrong ones in a row signing is locked for that
 * person until their next online sign-in, where the server's own throttle counts.
 */
public final class SigningLockouts {

    public static final int ATTEMPTS = 5;

    /** @param remaining wrong passwords left before signing locks; 0 when locked */
    public record Standing(int failedAttempts, boolean locked, int remaining) {}

    private final LocalDatabase database;

    public SigningLockouts(LocalDatabase database) {
        this.database = database;
    }

    public Standing standing(UUID userId) {
        return database.transaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT failed_attempts, locked_at FROM signing_lockouts WHERE user_id = ?")) {
                select.setObject(1, userId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return new Standing(0, false, ATTEMPTS);
                    }
                    int failed = row.getInt(1);
                    boolean locked = row.getObject(2) != null;
                    return new Standing(failed, locked, locked ? 0 : Math.max(0, ATTEMPTS - failed));
                }
            }
        });
    }

    /** Counts a wrong password; the {@value #ATTEMPTS}th in a row locks signing. */
    public Standing wrongPassword(UUID userId, Instant at) {
        database.transaction(connection -> {
            OffsetDateTime time = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO signing_lockouts t USING (VALUES (CAST(? AS UUID), CAST(? AS TIMESTAMP WITH TIME ZONE)))"
                            + " s (user_id, at) ON t.user_id = s.user_id"
                            + " WHEN MATCHED THEN UPDATE SET failed_attempts = t.failed_attempts + 1,"
                            + " last_failed_at = s.at,"
                            + " locked_at = CASE WHEN t.locked_at IS NULL AND t.failed_attempts + 1 >= ?"
                            + " THEN s.at ELSE t.locked_at END"
                            + " WHEN NOT MATCHED THEN INSERT (user_id, failed_attempts, last_failed_at, locked_at)"
                            + " VALUES (s.user_id, 1, s.at, CASE WHEN 1 >= ? THEN s.at END)")) {
                merge.setObject(1, userId);
                merge.setObject(2, time);
                merge.setInt(3, ATTEMPTS);
                merge.setInt(4, ATTEMPTS);
                merge.executeUpdate();
            }
            return null;
        });
        return standing(userId);
    }

    /** A right password, or an online sign-in: the count starts again and any lock is lifted. */
    public void clear(UUID userId) {
        database.transaction(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM signing_lockouts WHERE user_id = ?")) {
                delete.setObject(1, userId);
                delete.executeUpdate();
            }
            return null;
        });
    }
}
