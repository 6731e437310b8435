package lab.spectra.server.command;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.jdbc.SqlDialect;
import lab.spectra.server.audit.AuditTrail;
import lab.spectra.server.db.OrgSequence;

/**
 * The writes of a transaction's decisions that no rule reads back while it decides: change-log
 * entries, audit entries and kept answers (ADR 0031, revised 2026-11-30). They are numbered when
 * a command is decided, in its order, and written together by {@link #flush}: one batch of
 * change-log rows, one call that appends the audit entries, one batch of answers, rather than
 * three round trips per command. Whoever reads one of them in the same transaction (a kept answer
 * of a command sent twice) flushes first.
 */
final class DeferredWrites {

    /** An answer to keep under its author's command id (ADR 0012). */
    record KeptAnswer(
            UUID commandId,
            UUID organizationId,
            UUID authorId,
            String commandType,
            String outcomeJson,
            Instant receivedAt,
            String contentHash,
            Instant authoredAt,
            String keyId,
            Long chainSequence) {}

    private final AuditTrail auditTrail;
    private final SqlDialect dialect;
    private final List<ChangeLog.Numbered> changes = new ArrayList<>();
    private final List<AuditTrail.Event> audits = new ArrayList<>();
    private final List<KeptAnswer> answers = new ArrayList<>();

    DeferredWrites(AuditTrail auditTrail, SqlDialect dialect) {
        this.auditTrail = auditTrail;
        this.dialect = dialect;
    }

    void changed(ChangeLog.Numbered change) {
        changes.add(change);
    }

    void audited(AuditTrail.Event event) {
        audits.add(event);
    }

    void kept(KeptAnswer answer) {
        answers.add(answer);
    }

    /** Writes everything held, in the order it was decided, and holds nothing after. */
    void flush(Connection connection, OrgSequence sequence) throws SQLException {
        try {
            ChangeLog.appendAll(connection, sequence.organizationId(), changes);
            auditTrail.appendAll(connection, sequence, audits);
            keepAll(connection);
        } finally {
            discard();
        }
    }

    /** Forgets what is held: the writes it stood for were rolled back. */
    void discard() {
        changes.clear();
        audits.clear();
        answers.clear();
    }

    private void keepAll(Connection connection) throws SQLException {
        if (answers.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO processed_commands (command_id,"
                + " organization_id, author_id, command_type, outcome, decided_at, content_hash, authored_at,"
                + " received_at, key_id, chain_sequence) VALUES (?, ?, ?, ?, "
                + dialect.jsonParameter()
                + ", ?, ?, ?, ?, ?, ?)")) {
            for (KeptAnswer answer : answers) {
                OffsetDateTime received = OffsetDateTime.ofInstant(answer.receivedAt(), ZoneOffset.UTC);
                insert.setObject(1, answer.commandId());
                insert.setObject(2, answer.organizationId());
                insert.setObject(3, answer.authorId());
                insert.setString(4, answer.commandType());
                insert.setString(5, answer.outcomeJson());
                insert.setObject(6, received);
                insert.setString(7, answer.contentHash());
                insert.setObject(8, OffsetDateTime.ofInstant(answer.authoredAt(), ZoneOffset.UTC));
                insert.setObject(9, received);
                insert.setString(10, answer.keyId());
                insert.setObject(11, answer.chainSequence());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
