package lab.spectra.desktop.trust;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.trust.CommandSeals;
import lab.spectra.model.trust.TimeReceipt;

/**
 * Signs each command as it is authored, in the transaction that queues it: the latest time
 * receipt goes in, the command takes the next place in its author's chain on this bench, and the
 * author's device key signs it (ADR 0012).
 */
public final class CommandSigner {

    /** The head of one device key's chain. */
    private record Head(long sequence, String hash) {}

    private final Identities identities;
    private final CommandSeals seals;
    private final Clock clock;
    private final BenchTrust trust;
    private String lastCompact;
    private Optional<TimeReceipt> lastReceipt = Optional.empty();

    public CommandSigner(Identities identities, ObjectMapper mapper, Clock clock, BenchTrust trust) {
        this.identities = identities;
        this.seals = new CommandSeals(mapper);
        this.clock = clock;
        this.trust = trust;
    }

    /** Whether the author holds an unlocked key here, so their commands can be signed. */
    public boolean canSign(UUID authorId) {
        return identities.of(authorId).isPresent();
    }

    /**
     * The command dated no earlier than the receipt it will carry: a receipt that arrived between
     * the moment the person acted and now would otherwise make it look impossible to the server.
     */
    public Command dated(Connection connection, Command command) throws SQLException {
        Optional<TimeReceipt> receipt = receipt(ReceiptFloor.latest(connection));
        if (receipt.isPresent()
                && command.meta().authoredAt().isBefore(receipt.get().time())) {
            return command.withMeta(command.meta().withAuthoredAt(clock.instant()));
        }
        return command;
    }

    /**
     * The command in its author's chain, signed.
     *
     * @param withReceipt false only for commands made before this bench signed anything: their time
     *                    predates every receipt it holds
     */
    public Command sign(Connection connection, Command command, boolean withReceipt) throws SQLException {
        UnlockedPerson author = identities
                .of(command.meta().authorId())
                .orElseThrow(() -> new IllegalStateException("Only a signed-in person's changes can be signed"));
        String keyId = author.deviceKey().getKeyID();
        Head head = head(connection, keyId);
        String receipt = withReceipt ? ReceiptFloor.latest(connection) : null;
        Command chained =
                command.withMeta(command.meta().unsigned().chained(receipt, keyId, head.sequence() + 1, head.hash()));
        CommandSeals.Signed signed = seals.signWithHash(chained, author.deviceKey());
        advance(connection, keyId, author.userId(), head.sequence() + 1, signed.hash());
        return signed.command();
    }

    /**
     * The stored receipt, verified once per receipt rather than once per command: it changes at a
     * sync, while commands are made many times a minute.
     */
    private synchronized Optional<TimeReceipt> receipt(String compact) {
        if (compact == null) {
            return Optional.empty();
        }
        if (!compact.equals(lastCompact)) {
            lastReceipt = trust.receipt(compact);
            lastCompact = compact;
        }
        return lastReceipt;
    }

    private static Head head(Connection connection, String keyId) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT last_sequence, last_hash FROM device_chains WHERE key_id = ?")) {
            select.setString(1, keyId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new Head(row.getLong(1), row.getString(2)) : new Head(0, CommandMeta.GENESIS);
            }
        }
    }

    private static void advance(Connection connection, String keyId, UUID userId, long sequence, String hash)
            throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement("MERGE INTO device_chains (key_id, user_id,"
                + " last_sequence, last_hash) KEY (key_id) VALUES (?, ?, ?, ?)")) {
            merge.setString(1, keyId);
            merge.setObject(2, userId);
            merge.setLong(3, sequence);
            merge.setString(4, hash);
            merge.executeUpdate();
        }
    }
}
