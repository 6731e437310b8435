package lab.spectra.desktop.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lab.spectra.model.command.Command;
import lab.spectra.model.protocol.CommandTypes;

/**
 * The durable queue of commands waiting for the server, in the order they were made. A command
 * enters it in the transaction that applies it locally and leaves it in the transaction that
 * records the server's answer, so a crash at any point neither loses nor repeats one.
 */
final class Outbox {

    private final ObjectMapper mapper;

    Outbox(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void append(Connection connection, Command command, Instant at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO outbox (command_id, author_id, command_type, command, created_at, key_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, command.meta().commandId());
            insert.setObject(2, command.meta().authorId());
            insert.setString(3, CommandTypes.wireName(command.getClass()));
            insert.setString(4, json(command));
            insert.setObject(5, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.setString(6, command.meta().keyId());
            insert.executeUpdate();
        }
    }

    /** Every pending command, oldest first. */
    List<PendingCommand> all(Connection connection) throws SQLException {
        return select(connection, "SELECT seq, command_id, author_id, command FROM outbox ORDER BY seq");
    }

    /**
     * The oldest commands queued after {@code afterSeq} that can be sent now: every signed one (it
     * speaks for its author whoever sends it) and the unsigned ones of people signed in.
     */
    List<PendingCommand> oldestSendable(Connection connection, Set<UUID> signedIn, long afterSeq, int limit)
            throws SQLException {
        List<Object> parameters = new ArrayList<>();
        parameters.add(afterSeq);
        parameters.addAll(signedIn);
        String authors = signedIn.isEmpty()
                ? ""
                : " OR author_id IN (" + String.join(", ", Collections.nCopies(signedIn.size(), "?")) + ")";
        return select(
                connection,
                "SELECT seq, command_id, author_id, command FROM outbox WHERE seq > ? AND (key_id IS NOT NULL" + authors
                        + ") ORDER BY seq LIMIT " + limit,
                parameters.toArray());
    }

    /** A person's queued commands that no key has signed yet, oldest first. */
    List<PendingCommand> unsignedOf(Connection connection, UUID authorId) throws SQLException {
        return select(
                connection,
                "SELECT seq, command_id, author_id, command FROM outbox WHERE author_id = ? AND key_id IS NULL"
                        + " ORDER BY seq",
                authorId);
    }

    /** Replaces a queued command by its signed form; it keeps its place in the queue. */
    void replace(Connection connection, long seq, Command signed) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE outbox SET command = ?, key_id = ? WHERE seq = ?")) {
            update.setString(1, json(signed));
            update.setString(2, signed.meta().keyId());
            update.setLong(3, seq);
            update.executeUpdate();
        }
    }

    /** How many unsigned commands wait for an author who is not signed in. */
    int waitingForTheirAuthor(Connection connection, Set<UUID> signedIn) throws SQLException {
        List<Object> parameters = new ArrayList<>(signedIn);
        String notSignedIn = signedIn.isEmpty()
                ? ""
                : " AND author_id NOT IN (" + String.join(", ", Collections.nCopies(signedIn.size(), "?")) + ")";
        try (PreparedStatement select =
                connection.prepareStatement("SELECT count(*) FROM outbox WHERE key_id IS NULL" + notSignedIn)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** How many commands wait, per author, in the order of each author's oldest command. */
    Map<UUID, Integer> countByAuthor(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT author_id, count(*) FROM outbox GROUP BY author_id ORDER BY min(seq)");
                ResultSet rows = select.executeQuery()) {
            Map<UUID, Integer> counts = new LinkedHashMap<>();
            while (rows.next()) {
                counts.put(rows.getObject(1, UUID.class), rows.getInt(2));
            }
            return counts;
        }
    }

    int count(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM outbox");
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /**
     * The server decided it: it leaves the queue (its recorded effects go with it) and is kept a while
     * in case the server is restored to a time before it ({@link SentCommands}).
     */
    void remove(Connection connection, UUID commandId, Instant decidedAt, String decisionReceipt) throws SQLException {
        removeAll(connection, List.of(commandId), decidedAt, decisionReceipt);
    }

    /** The server decided them all: they leave the queue together, kept a while as {@link #remove} says. */
    void removeAll(Connection connection, List<UUID> commandIds, Instant decidedAt, String decisionReceipt)
            throws SQLException {
        SentCommands.keep(connection, commandIds, decidedAt, decisionReceipt);
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM outbox WHERE command_id = ?")) {
            for (UUID id : commandIds) {
                delete.setObject(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    /** Notes a failed attempt to send, for the status line and for support. */
    void attemptFailed(Connection connection, List<UUID> commandIds, String error) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE command_id = ?")) {
            for (UUID id : commandIds) {
                update.setString(1, error.length() > 1000 ? error.substring(0, 1000) : error);
                update.setObject(2, id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    String json(Command command) {
        try {
            return mapper.writerFor(Command.class).writeValueAsString(command);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A command could not be written as JSON", e);
        }
    }

    Command command(String json) {
        try {
            return mapper.readValue(json, Command.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A queued command is unreadable", e);
        }
    }

    private List<PendingCommand> select(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                List<PendingCommand> pending = new ArrayList<>();
                while (rows.next()) {
                    pending.add(new PendingCommand(
                            rows.getLong(1),
                            rows.getObject(2, UUID.class),
                            rows.getObject(3, UUID.class),
                            command(rows.getString(4))));
                }
                return pending;
            }
        }
    }
}
