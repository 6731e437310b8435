package lab.spectra.server.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandHandler;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.Row;
import lab.spectra.model.command.RowChange;
import lab.spectra.model.jdbc.DataAccessException;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.jdbc.JdbcRowWriter;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.protocol.CommandTypes;
import lab.spectra.model.protocol.RowCodec;
import lab.spectra.model.protocol.Table;
import lab.spectra.server.audit.AuditTrail;
import lab.spectra.server.db.Database;

/**
 * Decides commands as the authority, each in one transaction of its author's organization:
 * the organization's lock, the stored answer if the command was decided before, the shared rules
 * on the server's own data, then the row changes with their change-log and audit entries, and
 * the answer kept for next time. Either all of it is written or nothing.
 */
public final class CommandService {

    private final Database database;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final CommandHandler handler;
    private final JdbcRowWriter writer;
    private final AuditTrail auditTrail;
    private final RowCodec codec;

    public CommandService(Database database, ObjectMapper mapper, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.handler = new CommandHandler();
        this.writer = new JdbcRowWriter(database.dialect(), mapper);
        this.auditTrail = new AuditTrail(database, mapper);
        this.codec = new RowCodec(mapper);
    }

    public CommandResult execute(Command command, Actor actor) {
        UUID commandId = command.meta().commandId();
        try {
            return database.inTenant(actor.organizationId(), connection -> decide(connection, command, actor));
        } catch (DataAccessException e) {
            // The rules ran before any write; a constraint can still refuse what they could not
            // see, such as an id already used by another organization's record.
            if (e.sqlState() != null && e.sqlState().startsWith("23")) {
                return new CommandResult.Rejected(
                        commandId,
                        RejectionCode.ALREADY_EXISTS,
                        "This change conflicts with an existing record (an id or a unique value is already taken)");
            }
            throw e;
        }
    }

    /**
     * Inserts rows that no command makes (demo data, imported SPC points) the same way commands
     * write: change-log and audit entries included, so they sync and are accounted for.
     */
    public void insertSystemRows(UUID organizationId, UUID actorId, String action, List<? extends Row> rows) {
        database.inTenant(organizationId, connection -> {
            OrgSequence sequence = OrgSequence.lock(connection, organizationId);
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            for (Row row : rows) {
                writer.insert(connection, row);
                String table = Table.of(row).tableName();
                ChangeLog.append(connection, sequence, table, row.id(), null, now);
                auditTrail.append(
                        connection,
                        sequence,
                        new AuditTrail.Event(
                                now,
                                actorId,
                                null,
                                null,
                                action,
                                table,
                                row.id(),
                                null,
                                codec.encode(row).data(),
                                null));
            }
            sequence.save(connection);
            return null;
        });
    }

    private CommandResult decide(Connection connection, Command command, Actor actor) throws SQLException {
        OrgSequence sequence = OrgSequence.lock(connection, actor.organizationId());
        UUID commandId = command.meta().commandId();
        Optional<CommandResult> earlier = earlierAnswer(connection, command);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant now = clock.instant();
        JdbcDomainState state = new JdbcDomainState(connection, actor.organizationId(), mapper);
        Outcome outcome = handler.handle(command, actor, state, now);
        if (outcome instanceof Applied applied) {
            writer.write(connection, applied.changes());
            for (RowChange change : applied.changes()) {
                record(connection, sequence, command, change, now);
            }
        }
        CommandResult result = codec.result(commandId, outcome);
        remember(connection, command, actor, result, now);
        sequence.save(connection);
        return result;
    }

    private void record(Connection connection, OrgSequence sequence, Command command, RowChange change, Instant now)
            throws SQLException {
        String table = Table.of(change.after()).tableName();
        ChangeLog.append(
                connection, sequence, table, change.after().id(), command.meta().commandId(), now);
        JsonNode before = change instanceof RowChange.Updated updated
                ? codec.encode(updated.before()).data()
                : null;
        auditTrail.append(
                connection,
                sequence,
                new AuditTrail.Event(
                        now,
                        command.meta().authorId(),
                        command.meta().workstationId(),
                        command.meta().commandId(),
                        CommandTypes.wireName(command.getClass()),
                        table,
                        change.after().id(),
                        before,
                        codec.encode(change.after()).data(),
                        command.auditReason()));
    }

    /**
     * The answer kept for this command id. An id already used by another author's command is not
     * that author's to replay: it is refused instead of handing over someone else's answer.
     */
    private Optional<CommandResult> earlierAnswer(Connection connection, Command command) throws SQLException {
        UUID commandId = command.meta().commandId();
        try (PreparedStatement select =
                connection.prepareStatement("SELECT outcome, author_id FROM processed_commands WHERE command_id = ?")) {
            select.setObject(1, commandId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                if (!command.meta().authorId().equals(row.getObject(2, UUID.class))) {
                    return Optional.of(new CommandResult.Rejected(
                            commandId,
                            RejectionCode.ALREADY_EXISTS,
                            "This change's id was already used by another change; it was not applied"));
                }
                return Optional.of(read(row.getString(1)));
            }
        }
    }

    private void remember(Connection connection, Command command, Actor actor, CommandResult result, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO processed_commands (command_id, organization_id, author_id, command_type, outcome, decided_at)"
                        + " VALUES (?, ?, ?, ?, " + database.dialect().jsonParameter() + ", ?)")) {
            insert.setObject(1, command.meta().commandId());
            insert.setObject(2, actor.organizationId());
            insert.setObject(3, command.meta().authorId());
            insert.setString(4, CommandTypes.wireName(command.getClass()));
            insert.setString(5, mapper.writeValueAsString(result));
            insert.setObject(6, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A command result could not be written as JSON", e);
        }
    }

    private CommandResult read(String json) {
        try {
            return mapper.readValue(json, CommandResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored command result is unreadable", e);
        }
    }
}
