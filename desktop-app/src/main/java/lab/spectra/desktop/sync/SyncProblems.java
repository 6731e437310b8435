package lab.spectra.desktop.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.protocol.CommandTypes;
import lab.spectra.model.protocol.Table;

/**
 * The "sync problems" list: every refused command with its reason, kept until its author has
 * read it. A run that a refused start left behind stays visible as blocked until then.
 */
public final class SyncProblems {

    private final BenchCommands commands;
    private final Outbox outbox;

    public SyncProblems(BenchCommands commands) {
        this.commands = commands;
        this.outbox = commands.outbox();
    }

    private static boolean recorded(Connection connection, UUID commandId) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT count(*) FROM sync_problems WHERE command_id = ?")) {
            select.setObject(1, commandId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1) > 0;
            }
        }
    }

    void record(Connection connection, PendingCommand pending, CommandResult refusal, UUID blockedRunId, Instant at)
            throws SQLException {
        if (recorded(connection, pending.commandId())) {
            // Sent again after the server was restored and refused again: the person was told already.
            return;
        }
        boolean conflict = refusal instanceof CommandResult.Conflict;
        RejectionCode code = conflict ? RejectionCode.CONFLICT : ((CommandResult.Rejected) refusal).code();
        String message =
                conflict ? ((CommandResult.Conflict) refusal).message() : ((CommandResult.Rejected) refusal).message();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sync_problems (command_id, author_id, command_type, command, outcome, code, message,"
                        + " server_row, blocked_run_id, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, pending.commandId());
            insert.setObject(2, pending.authorId());
            insert.setString(3, CommandTypes.wireName(pending.command().getClass()));
            insert.setString(4, outbox.json(pending.command()));
            insert.setString(5, conflict ? "conflict" : "rejected");
            insert.setString(6, code.wireName());
            insert.setString(7, message.length() > 2000 ? message.substring(0, 2000) : message);
            insert.setString(
                    8,
                    conflict && ((CommandResult.Conflict) refusal).current() != null
                            ? ((CommandResult.Conflict) refusal)
                                    .current()
                                    .data()
                                    .toString()
                            : null);
            insert.setObject(9, blockedRunId);
            insert.setObject(10, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    /** Problems nobody has acknowledged yet, oldest first. */
    public List<SyncProblem> open() {
        return commands.exclusive(connection -> select(connection, null));
    }

    /** One author's unacknowledged problems, oldest first. */
    public List<SyncProblem> openFor(UUID authorId) {
        return commands.exclusive(connection -> select(connection, authorId));
    }

    public int openCount() {
        return commands.exclusive(SyncProblems::count);
    }

    static int count(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT count(*) FROM sync_problems WHERE acknowledged_at IS NULL");
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /**
     * The author has read it: it leaves the list, and a run it left blocked on this PC (a run the
     * server never accepted) goes with it. The problem stays recorded.
     */
    public void acknowledge(UUID commandId) {
        commands.exclusive(connection -> {
            UUID blockedRun = null;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT blocked_run_id FROM sync_problems WHERE command_id = ? AND acknowledged_at IS NULL")) {
                select.setObject(1, commandId);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        blockedRun = row.getObject(1, UUID.class);
                    }
                }
            }
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE sync_problems SET acknowledged_at = ? WHERE command_id = ?")) {
                update.setObject(1, OffsetDateTime.ofInstant(commands.clock().instant(), ZoneOffset.UTC));
                update.setObject(2, commandId);
                update.executeUpdate();
            }
            if (blockedRun != null) {
                commands.writer().delete(connection, Table.RUNS, blockedRun);
            }
            return null;
        });
    }

    private List<SyncProblem> select(Connection connection, UUID authorId) throws SQLException {
        String sql = "SELECT command_id, author_id, command, outcome, code, message, server_row, blocked_run_id,"
                + " decided_at FROM sync_problems WHERE acknowledged_at IS NULL"
                + (authorId == null ? "" : " AND author_id = ?") + " ORDER BY decided_at, command_id";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (authorId != null) {
                select.setObject(1, authorId);
            }
            try (ResultSet rows = select.executeQuery()) {
                List<SyncProblem> problems = new ArrayList<>();
                while (rows.next()) {
                    String serverRow = rows.getString(7);
                    problems.add(new SyncProblem(
                            rows.getObject(1, UUID.class),
                            rows.getObject(2, UUID.class),
                            outbox.command(rows.getString(3)),
                            SyncProblem.Kind.valueOf(rows.getString(4).toUpperCase(Locale.ROOT)),
                            RejectionCode.fromWireName(rows.getString(5)),
                            rows.getString(6),
                            serverRow == null ? null : tree(serverRow),
                            rows.getObject(8, UUID.class),
                            rows.getObject(9, OffsetDateTime.class).toInstant()));
                }
                return problems;
            }
        }
    }

    private JsonNode tree(String json) {
        try {
            return commands.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored server row is unreadable", e);
        }
    }
}
