package lab.spectra.server.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.audit.AuditChain;
import lab.spectra.model.audit.AuditEntry;
import lab.spectra.model.id.Ids;
import lab.spectra.model.jdbc.JdbcRowWriter;
import lab.spectra.server.command.OrgSequence;

/** Appends entries to the organization's hash-chained audit trail, in the caller's transaction. */
public final class AuditTrail {

    private final JdbcRowWriter writer;

    public AuditTrail(JdbcRowWriter writer) {
        this.writer = Objects.requireNonNull(writer, "writer");
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

    public AuditEntry append(Connection connection, OrgSequence sequence, Event event) {
        long number = sequence.nextAuditSequence();
        AuditEntry unsigned = new AuditEntry(
                Ids.newId(),
                sequence.organizationId(),
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
                sequence.lastAuditHash(),
                AuditChain.GENESIS);
        String hash = AuditChain.hash(unsigned);
        AuditEntry entry = new AuditEntry(
                unsigned.id(),
                unsigned.organizationId(),
                number,
                unsigned.occurredAt(),
                unsigned.actorId(),
                unsigned.workstationId(),
                unsigned.commandId(),
                unsigned.action(),
                unsigned.tableName(),
                unsigned.recordId(),
                unsigned.oldValue(),
                unsigned.newValue(),
                unsigned.reason(),
                unsigned.previousHash(),
                hash);
        writer.insert(connection, entry);
        sequence.audited(number, hash);
        return entry;
    }
}
