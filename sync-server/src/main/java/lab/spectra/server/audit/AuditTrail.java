package lab.spectra.server.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.audit.AuditEntry;
import lab.spectra.model.audit.AuditHashFormat;
import lab.spectra.model.id.Ids;
import lab.spectra.model.jdbc.JdbcRowWriter;
import lab.spectra.model.jdbc.SqlDialect;
import lab.spectra.server.db.Database;
import lab.spectra.server.db.OrgSequence;
import lab.spectra.server.db.TenantActivity;

/**
 * Appends entries to the organization's hash-chained audit trail, in the caller's transaction.
 *
 * <p>On PostgreSQL the database does it ({@code spectra_append_audit}): the application role may
 * not insert into the trail, and the function takes the chain's head and computes the hash itself,
 * so no caller can choose a number or a link. On H2 (development mode, one local user) the same
 * rules run here.
 */
public final class AuditTrail {

    private final SqlDialect dialect;
    private final TenantActivity activity;
    private final ObjectMapper mapper;
    private final ObjectMapper exact;
    private final JdbcRowWriter writer;

    public AuditTrail(Database database, ObjectMapper mapper) {
        this.dialect = database.dialect();
        this.activity = database.auditActivity();
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.exact = ExactJson.reader(mapper);
        this.writer = new JdbcRowWriter(dialect, mapper);
    }

    /** What happened, by whom; the trail adds the sequence number and the chain. */
    public record Event(
            Instant occurredAt,
            UUID actorId,
            UUID workstationId,
            UUID commandId,
            String action,
            String tableName,
            UUID recordId,
            JsonNode oldValue,
            JsonNode newValue,
            String reason) {}

    public AuditEntry append(Connection connection, OrgSequence sequence, Event event) throws SQLException {
        if (AuditHashFormat.FORMAT_2_MARKER.equals(event.action())) {
            throw new IllegalArgumentException("The chain format marker is written by the trail itself");
        }
        AuditEntry entry = dialect == SqlDialect.POSTGRESQL
                ? appendInDatabase(connection, sequence.organizationId(), event)
                : appendHere(connection, sequence, event);
        sequence.audited(entry.sequence(), entry.hash());
        activity.noted(sequence.organizationId());
        return entry;
    }

    /**
     * Appends the entries in order, as many calls of {@link #append} would, with the same numbers,
     * links and hashes; on PostgreSQL in one call of {@code spectra_append_audits} rather than one
     * round trip per entry (ADR 0031).
     */
    public void appendAll(Connection connection, OrgSequence sequence, List<Event> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        if (events.size() == 1 || dialect != SqlDialect.POSTGRESQL) {
            for (Event event : events) {
                append(connection, sequence, event);
            }
            return;
        }
        for (Event event : events) {
            if (AuditHashFormat.FORMAT_2_MARKER.equals(event.action())) {
                throw new IllegalArgumentException("The chain format marker is written by the trail itself");
            }
        }
        ArrayNode entries = mapper.createArrayNode();
        for (Event event : events) {
            entries.add(asJson(event));
        }
        long lastSequence = -1;
        String lastHash = null;
        try (PreparedStatement append = connection.prepareStatement(
                "SELECT entry_sequence, entry_hash FROM spectra_append_audits(?, CAST(? AS jsonb))")) {
            append.setObject(1, sequence.organizationId());
            append.setString(2, mapper.writeValueAsString(entries));
            try (ResultSet appended = append.executeQuery()) {
                int count = 0;
                while (appended.next()) {
                    lastSequence = appended.getLong(1);
                    lastHash = appended.getString(2);
                    count++;
                }
                if (count != events.size()) {
                    throw new IllegalStateException(
                            "The audit trail appended " + count + " of " + events.size() + " entries");
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit entries could not be written as JSON", e);
        }
        sequence.audited(lastSequence, lastHash);
        activity.noted(sequence.organizationId());
    }

    /** One entry as {@code spectra_append_audits} reads it; times to the microsecond, as stored. */
    private ObjectNode asJson(Event event) {
        ObjectNode entry = mapper.createObjectNode();
        entry.put("id", Ids.newId().toString());
        entry.put(
                "occurred_at", event.occurredAt().truncatedTo(ChronoUnit.MICROS).toString());
        entry.put("actor_id", text(event.actorId()));
        entry.put("workstation_id", text(event.workstationId()));
        entry.put("command_id", text(event.commandId()));
        entry.put("action", event.action());
        entry.put("table_name", event.tableName());
        entry.put("record_id", text(event.recordId()));
        entry.set("old_value", event.oldValue() == null ? NullNode.getInstance() : event.oldValue());
        entry.set("new_value", event.newValue() == null ? NullNode.getInstance() : event.newValue());
        entry.put("reason", event.reason());
        return entry;
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private AuditEntry appendInDatabase(Connection connection, UUID organizationId, Event event) throws SQLException {
        UUID id = Ids.newId();
        Instant occurredAt = event.occurredAt().truncatedTo(ChronoUnit.MICROS);
        try (PreparedStatement append = connection.prepareStatement(
                "SELECT entry_sequence, entry_previous_hash, entry_hash FROM spectra_append_audit("
                        + "?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?)")) {
            append.setObject(1, id);
            append.setObject(2, organizationId);
            append.setObject(3, OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC));
            append.setObject(4, event.actorId());
            append.setObject(5, event.workstationId());
            append.setObject(6, event.commandId());
            append.setString(7, event.action());
            append.setString(8, event.tableName());
            append.setObject(9, event.recordId());
            setJson(append, 10, event.oldValue());
            setJson(append, 11, event.newValue());
            append.setString(12, event.reason());
            try (ResultSet result = append.executeQuery()) {
                result.next();
                return entry(id, organizationId, result.getLong(1), event, result.getString(2), result.getString(3));
            }
        }
    }

    private AuditEntry appendHere(Connection connection, OrgSequence sequence, Event event) throws SQLException {
        if (!startsFormatTwo(connection, sequence.organizationId())) {
            Event marker = new Event(
                    event.occurredAt(),
                    null,
                    null,
                    null,
                    AuditHashFormat.FORMAT_2_MARKER,
                    "audit_log",
                    null,
                    null,
                    null,
                    AuditHashFormat.FORMAT_2_REASON);
            AuditEntry written = chained(sequence.organizationId(), sequence.nextAuditSequence(), marker, sequence);
            writer.insert(connection, written);
            sequence.audited(written.sequence(), written.hash());
        }
        AuditEntry entry = chained(
                sequence.organizationId(),
                sequence.nextAuditSequence(),
                new Event(
                        event.occurredAt(),
                        event.actorId(),
                        event.workstationId(),
                        event.commandId(),
                        event.action(),
                        event.tableName(),
                        event.recordId(),
                        asStored(event.oldValue()),
                        asStored(event.newValue()),
                        event.reason()),
                sequence);
        writer.insert(connection, entry);
        return entry;
    }

    private AuditEntry chained(UUID organizationId, long number, Event event, OrgSequence sequence) {
        AuditEntry unhashed = entry(Ids.newId(), organizationId, number, event, sequence.lastAuditHash(), "");
        return entry(
                unhashed.id(),
                organizationId,
                number,
                event,
                unhashed.previousHash(),
                AuditHashFormat.V2.hash(unhashed));
    }

    private static boolean startsFormatTwo(Connection connection, UUID organizationId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM audit_log WHERE organization_id = ? AND action = ? FETCH FIRST 1 ROW ONLY")) {
            select.setObject(1, organizationId);
            select.setString(2, AuditHashFormat.FORMAT_2_MARKER);
            try (ResultSet found = select.executeQuery()) {
                return found.next();
            }
        }
    }

    /** The value as it will be read back: format 2 hashes the stored number, not the double in memory. */
    private JsonNode asStored(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return exact.readTree(mapper.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit value could not be written as JSON", e);
        }
    }

    private void setJson(PreparedStatement statement, int index, JsonNode value) throws SQLException {
        if (value == null || value.isNull()) {
            statement.setNull(index, Types.VARCHAR);
            return;
        }
        try {
            statement.setString(index, mapper.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit value could not be written as JSON", e);
        }
    }

    private static AuditEntry entry(
            UUID id, UUID organizationId, long number, Event event, String previousHash, String hash) {
        return new AuditEntry(
                id,
                organizationId,
                number,
                event.occurredAt(),
                event.actorId(),
                event.workstationId(),
                event.commandId(),
                event.action(),
                event.tableName(),
                event.recordId(),
                event.oldValue(),
                event.newValue(),
                event.reason(),
                previousHash,
                hash);
    }
}
