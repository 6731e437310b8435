package lab.spectra.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import lab.spectra.model.audit.AuditCheckpoint;
import lab.spectra.model.audit.AuditEntry;
import lab.spectra.model.audit.AuditHashFormat;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.protocol.Table;
import lab.spectra.server.SyncServer;
import lab.spectra.server.signing.RecordSigningKeys;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.ProductionSetup;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code verify-audit} checks each trail against the newest checkpoint it can find (issue 11): an
 * owner who switches the guard off and deletes the newest entries leaves a chain whose every link
 * holds, which only a checkpoint kept outside the database shows - the server's checkpoint
 * directory, or a bench's copy when the server's are gone too.
 */
class VerifyAuditComparesTheTrailWithItsCheckpointsTest {

    private PostgresTestDatabase postgres;
    private ProductionSetup production;
    private ServerLab.Org org;

    @BeforeEach
    void aProductionServerThatCheckpointedItsTrail() {
        postgres = PostgresTestDatabase.createMigrated();
        production = new ProductionSetup(postgres);
        try (SyncServer server =
                        SyncServer.start(production.config(postgres.settings().withoutOwner()));
                ServerLab lab = new ServerLab(postgres)) {
            org = lab.createOrganization("verified");
            lab.sample(org, "V-1");
            lab.sample(org, "V-2");
            lab.sample(org, "V-3");
            assertThat(server.parts().auditCheckpoints().checkpoint(org.id())).isPresent();
        }
    }

    @AfterEach
    void dropDatabase() {
        postgres.close();
    }

    private ProductionSetup.Run verifyAudit(String... options) {
        String[] arguments =
                Stream.concat(Stream.of("verify-audit"), Stream.of(options)).toArray(String[]::new);
        return ProductionSetup.command(production.environment(true), arguments);
    }

    private void asOwnerWithGuardOff(String sql) throws SQLException {
        try (Connection owner = postgres.ownerConnection();
                Statement statement = owner.createStatement()) {
            statement.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete");
            statement.executeUpdate(sql);
            statement.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete");
        }
    }

    private void deleteTheNewestEntries(int count) throws SQLException {
        asOwnerWithGuardOff("DELETE FROM audit_log WHERE organization_id = '" + org.id() + "' AND sequence >"
                + " (SELECT max(sequence) - " + count + " FROM audit_log WHERE organization_id = '" + org.id() + "')");
    }

    @Test
    void anUntouchedTrailAgreesWithItsCheckpoint() {
        ProductionSetup.Run run = verifyAudit();
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("OK", "verified", "agreeing with the checkpoint");
    }

    @Test
    void removingTheNewestEntriesIsReportedAsATruncatedTail() throws SQLException {
        deleteTheNewestEntries(2);
        ProductionSetup.Run run = verifyAudit();
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out()).contains("TRUNCATED", "verified", "entries were removed from its end");
    }

    @Test
    void aBenchsCopyShowsTheTruncationWhenTheServersCopiesAreGoneToo() throws Exception {
        Path bench = Files.createTempDirectory("bench-export-");
        List<String> statements = CheckpointDirectory.statementsUnder(production.checkpointDirectory());
        for (int i = 0; i < statements.size(); i++) {
            Files.writeString(bench.resolve("witnessed-" + i + ".jws"), statements.get(i));
        }
        deleteTheNewestEntries(2);
        deleteRecursively(production.checkpointDirectory());
        try (Connection owner = postgres.ownerConnection();
                Statement statement = owner.createStatement()) {
            statement.executeUpdate("DELETE FROM audit_checkpoints");
        }

        assertThat(verifyAudit().exitCode())
                .as("with no checkpoint left on the server")
                .isZero();
        ProductionSetup.Run run = verifyAudit("--checkpoints=" + bench);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("TRUNCATED", "verified");
    }

    @Test
    void theNewestEntryRewrittenWithARecomputedHashIsReported() throws SQLException {
        try (ServerLab lab = new ServerLab(postgres)) {
            AuditEntry newest = lab.database
                    .inTenant(org.id(), connection -> new JdbcDomainState(connection, org.id(), lab.mapper)
                            .<AuditEntry>findOrdered(Table.AUDIT_LOG, "sequence > 0", "ORDER BY sequence DESC"))
                    .get(0);
            AuditEntry rewritten = new AuditEntry(
                    newest.id(),
                    newest.organizationId(),
                    newest.sequence(),
                    newest.occurredAt(),
                    newest.actorId(),
                    newest.workstationId(),
                    newest.commandId(),
                    newest.action(),
                    newest.tableName(),
                    newest.recordId(),
                    newest.oldValue(),
                    newest.newValue(),
                    "a reason added afterwards",
                    newest.previousHash(),
                    "");
            try (Connection owner = postgres.ownerConnection();
                    Statement guard = owner.createStatement();
                    PreparedStatement update =
                            owner.prepareStatement("UPDATE audit_log SET reason = ?, hash = ? WHERE id = ?")) {
                guard.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete");
                update.setString(1, rewritten.reason());
                update.setString(2, AuditHashFormat.V2.hash(rewritten));
                update.setObject(3, newest.id());
                update.executeUpdate();
                guard.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete");
            }
            assertThat(new AuditVerifier(lab.database, lab.mapper).verify(org.id()))
                    .as("every link still holds")
                    .isEmpty();
        }
        ProductionSetup.Run run = verifyAudit();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("REWRITTEN", "verified");
    }

    @Test
    void aCheckpointNotSignedByThisServerIsIgnored() throws IOException {
        Path forged = Files.createTempDirectory("forged-");
        String statement = AuditCheckpoint.issue(
                        RecordSigningKeys.ephemeral(Clock.systemUTC()).signingKey(),
                        org.id(),
                        9_999,
                        "ab".repeat(32),
                        Clock.systemUTC().instant())
                .compact();
        Files.writeString(forged.resolve("forged.jws"), statement);

        ProductionSetup.Run run = verifyAudit("--checkpoints=" + forged);
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.err()).contains("Ignored 1 checkpoint");
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
