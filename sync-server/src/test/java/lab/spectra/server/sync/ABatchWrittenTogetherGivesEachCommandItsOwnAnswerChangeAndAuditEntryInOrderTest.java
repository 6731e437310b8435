package lab.spectra.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.server.audit.AuditVerifier;
import lab.spectra.server.command.CommandService;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;

/**
 * The change-log rows, audit entries and kept answers of a pushed transaction are written
 * together before its commit (ADR 0031, revised 2026-11-30). Each command must still get its own
 * answer, kept exactly as answered, its change numbered in the order sent, and its own audit
 * entry naming it, in the same order; the trail verifies.
 */
class ABatchWrittenTogetherGivesEachCommandItsOwnAnswerChangeAndAuditEntryInOrderTest {

    private static final String ENGINEER = "engineer@demo.lab";
    /** More than one transaction's worth, so the second transaction is written together too. */
    private static final int BATCH = CommandService.DECISIONS_PER_TRANSACTION + 36;

    private final SyncCalls sync = new SyncCalls();

    /** One command's traces, read back in change-number order. */
    private record Written(long changeNumber, UUID commandId, UUID rowId, long auditSequence, String action) {}

    @Test
    void eachCommandKeepsItsAnswerItsChangeNumberAndItsAuditEntryInTheOrderSent() throws SQLException {
        String prefix = "WT-" + Ids.newId().toString().substring(0, 8);
        List<CreateSample> commands = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            commands.add(new CreateSample(
                    sync.meta(ENGINEER), Ids.newId(), prefix + " " + i, prefix + "-" + i, null, null, null));
        }

        List<CommandResult> results =
                sync.push(ENGINEER, commands.toArray(CreateSample[]::new)).results();

        assertThat(results).hasSize(BATCH).allMatch(CommandResult.Applied.class::isInstance);
        List<Written> written = new ArrayList<>();
        try (Connection connection = sync.demo.postgres.ownerConnection()) {
            for (int i = 0; i < BATCH; i++) {
                CreateSample command = commands.get(i);
                CommandResult.Applied applied = (CommandResult.Applied) results.get(i);
                assertThat(applied.commandId()).isEqualTo(command.meta().commandId());
                assertThat(applied.rows()).singleElement().satisfies(row -> assertThat(row.id())
                        .isEqualTo(command.sampleId()));
                assertThat(keptAnswer(connection, command)).isEqualTo(applied);
                written.add(traces(connection, command));
            }
            UUID organizationId = organizationOf(connection, commands.get(0));
            try (ServerLab lab = new ServerLab(sync.demo.postgres)) {
                assertThat(new AuditVerifier(lab.database, lab.mapper).verify(organizationId))
                        .isEmpty();
            }
        }

        for (int i = 1; i < BATCH; i++) {
            Written before = written.get(i - 1);
            Written after = written.get(i);
            assertThat(after.changeNumber()).isGreaterThan(before.changeNumber());
            assertThat(after.auditSequence()).isGreaterThan(before.auditSequence());
            if (i < CommandService.DECISIONS_PER_TRANSACTION) {
                // One transaction holds the organization's lock: nobody else's change comes between.
                assertThat(after.changeNumber()).isEqualTo(before.changeNumber() + 1);
                assertThat(after.auditSequence()).isEqualTo(before.auditSequence() + 1);
            }
        }
        assertThat(written).allSatisfy(trace -> assertThat(trace.action()).isEqualTo("CreateSample"));
    }

    private CommandResult keptAnswer(Connection connection, CreateSample command) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT outcome::text FROM processed_commands WHERE author_id = ? AND command_id = ?")) {
            select.setObject(1, command.meta().authorId());
            select.setObject(2, command.meta().commandId());
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("a kept answer").isTrue();
                CommandResult kept = sync.mapper.readValue(row.getString(1), CommandResult.class);
                assertThat(row.next()).as("one kept answer").isFalse();
                return kept;
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Written traces(Connection connection, CreateSample command) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT c.change_number, c.command_id, c.row_id,"
                + " a.sequence, a.action FROM change_log c JOIN audit_log a ON a.organization_id = c.organization_id"
                + " AND a.command_id = c.command_id AND a.record_id = c.row_id WHERE c.command_id = ?")) {
            select.setObject(1, command.meta().commandId());
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("a change and an audit entry").isTrue();
                Written written = new Written(
                        row.getLong(1),
                        row.getObject(2, UUID.class),
                        row.getObject(3, UUID.class),
                        row.getLong(4),
                        row.getString(5));
                assertThat(row.next()).as("one change and one audit entry").isFalse();
                assertThat(written.rowId()).isEqualTo(command.sampleId());
                return written;
            }
        }
    }

    private static UUID organizationOf(Connection connection, CreateSample command) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT organization_id FROM users WHERE id = ?")) {
            select.setObject(1, command.meta().authorId());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getObject(1, UUID.class);
            }
        }
    }
}
