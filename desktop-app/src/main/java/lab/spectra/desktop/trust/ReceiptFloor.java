package lab.spectra.desktop.trust;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import lab.spectra.desktop.store.LocalDatabase;
import lab.spectra.model.clock.ServerTimeStore;
import lab.spectra.model.clock.TrustedClock;
import lab.spectra.model.trust.TimeReceipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trusted clock's floor, kept as the latest time receipt the server signed for this bench: a
 * time the server vouches for, which editing the local database cannot move back (a missing or
 * unsigned floor is tampering, ADR 0012).
 */
public final class ReceiptFloor implements ServerTimeStore {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiptFloor.class);

    private final LocalDatabase database;
    private final BenchTrust trust;

    public ReceiptFloor(LocalDatabase database, BenchTrust trust) {
        this.database = database;
        this.trust = trust;
    }

    /**
     * @throws TamperingDetected when the stored receipt is not the server's, or is missing on a
     *                           bench where people have signed in before
     */
    @Override
    public Optional<Instant> load() {
        return database.transaction(connection -> {
            String compact = stored(connection);
            if (compact == null) {
                if (anySnapshot(connection)) {
                    throw new TamperingDetected("The time floor of this PC is missing from its local data");
                }
                return Optional.<Instant>empty();
            }
            return Optional.of(trust.receipt(compact)
                    .map(TimeReceipt::time)
                    .orElseThrow(() -> new TamperingDetected(
                            "The time floor of this PC is not signed by the server; the local data was changed")));
        });
    }

    /** Times are kept as receipts, by {@link #observe}; a bare time is never stored. */
    @Override
    public void save(Instant latestServerTime) {
        // Intentionally empty: see observe.
    }

    /**
     * Keeps a receipt the server just sent, if it verifies and is newer than the one kept, and
     * moves the clock's floor - unless it claims a time implausibly far ahead of this PC, which
     * is logged and not believed (a server with a wrong clock must not lock the bench for days).
     */
    public void observe(String compact, TrustedClock clock) {
        if (compact == null) {
            return;
        }
        Optional<TimeReceipt> receipt = trust.receipt(compact);
        if (receipt.isEmpty()) {
            LOG.warn("The server sent a time receipt that does not verify with this PC's trust anchor; ignored");
            return;
        }
        if (clock.observeServerTime(receipt.get().time()) == TrustedClock.Observation.IMPLAUSIBLY_FAR_AHEAD) {
            LOG.warn(
                    "The server says it is {}, far ahead of this PC's clock ({}); not taken as the time floor."
                            + " Check the clocks of the server and this PC.",
                    receipt.get().time(),
                    clock.instant());
            return;
        }
        database.transaction(connection -> {
            String current = stored(connection);
            Optional<TimeReceipt> known = current == null ? Optional.empty() : trust.receipt(current);
            if (known.isEmpty() || receipt.get().time().isAfter(known.get().time())) {
                store(connection, compact);
            }
            return null;
        });
    }

    /** The latest receipt as kept, for the commands authored now. */
    public static String latest(Connection connection) throws SQLException {
        return stored(connection);
    }

    /** Replaces the stored receipt, at an online sign-in (which also repairs a tampered floor). */
    public void replace(String compact) {
        if (trust.receipt(compact).isEmpty()) {
            throw new TamperingDetected("The server's time receipt does not verify with this PC's trust anchor");
        }
        database.transaction(connection -> {
            store(connection, compact);
            return null;
        });
    }

    private static String stored(Connection connection) throws SQLException {
        try (PreparedStatement select =
                        connection.prepareStatement("SELECT latest_receipt FROM sync_state WHERE id = 1");
                ResultSet row = select.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }

    private static void store(Connection connection, String compact) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE sync_state SET latest_receipt = ? WHERE id = 1")) {
            update.setString(1, compact);
            update.executeUpdate();
        }
    }

    private static boolean anySnapshot(Connection connection) throws SQLException {
        try (PreparedStatement select =
                        connection.prepareStatement("SELECT 1 FROM identity_snapshots FETCH FIRST 1 ROWS ONLY");
                ResultSet row = select.executeQuery()) {
            return row.next();
        }
    }
}
