package lab.spectra.server.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import lab.spectra.model.protocol.DataEpoch;
import lab.spectra.server.SyncServer;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.ProductionSetup;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code backup} and {@code restore} commands of a PostgreSQL server (issue 22, ADR 0040), with
 * PostgreSQL's own tools as the owner: the restore refuses while an instance is connected, puts the
 * dump in the lab's place while keeping the data before it, begins a new data epoch that the server
 * names on every answer, and declares itself beside the audit checkpoints, so that {@code verify-audit}
 * passes, saying which checkpoints the restore superseded, instead of reporting the trail truncated.
 */
class ARestoredPostgresLabBeginsANewEpochAndKeepsItsAuditTrailVerifiableTest {

    @TempDir
    Path folder;

    private PostgresTestDatabase postgres;
    private ProductionSetup production;
    private final List<String> keptDatabases = new ArrayList<>();

    @BeforeEach
    void aProductionLab() {
        postgres = PostgresTestDatabase.createMigrated();
        production = new ProductionSetup(postgres);
    }

    @AfterEach
    void dropDatabases() throws SQLException {
        postgres.close();
        try (Connection admin = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:5432/spectra", "spectra_owner", "owner-secret");
                Statement statement = admin.createStatement()) {
            for (String kept : keptDatabases) {
                statement.execute("DROP DATABASE IF EXISTS " + kept + " WITH (FORCE)");
            }
        }
    }

    @Test
    void theRestoredDataIsANewEpochAndItsTrailVerifiesWithTheLaterCheckpointsSuperseded() throws Exception {
        Path dump = folder.resolve("lab.dump");
        ServerLab.Org org;
        String epochBefore;
        try (SyncServer server =
                        SyncServer.start(production.config(postgres.settings().withoutOwner()));
                ServerLab lab = new ServerLab(postgres)) {
            org = lab.createOrganization("restored");
            lab.sample(org, "R-1");
            lab.sample(org, "R-2");
            assertThat(server.parts().auditCheckpoints().checkpoint(org.id())).isPresent();
            epochBefore = epochNamedBy(server.baseUri());
        }
        ProductionSetup.Run backup = ProductionSetup.command(production.environment(true), "backup", dump.toString());
        assertThat(backup.exitCode()).as(backup.out() + backup.err()).isZero();
        assertThat(backup.out()).contains("Backup written to");

        try (SyncServer server =
                        SyncServer.start(production.config(postgres.settings().withoutOwner()));
                ServerLab lab = new ServerLab(postgres)) {
            lab.sample(org, "R-3");
            lab.sample(org, "R-4");
            assertThat(server.parts().auditCheckpoints().checkpoint(org.id()))
                    .as("a checkpoint the backup will not reach")
                    .isPresent();
        }
        assertThat(samples()).isEqualTo(4);

        ProductionSetup.Run restore = ProductionSetup.command(production.environment(true), "restore", dump.toString());
        assertThat(restore.exitCode()).as(restore.out() + restore.err()).isZero();
        String kept = restore.out()
                .lines()
                .filter(line -> line.startsWith("The data before the restore is kept as the database "))
                .findFirst()
                .orElseThrow()
                .substring("The data before the restore is kept as the database ".length())
                .strip();
        keptDatabases.add(kept);
        assertThat(samples()).as("the backup's data").isEqualTo(2);
        assertThat(samplesIn(kept)).as("the data before the restore, kept").isEqualTo(4);

        ProductionSetup.Run verified = ProductionSetup.command(production.environment(true), "verify-audit");
        assertThat(verified.exitCode()).as(verified.out() + verified.err()).isZero();
        assertThat(verified.out())
                .contains("Restored from a backup on", "superseded", "OK")
                .doesNotContain("TRUNCATED");

        try (SyncServer server =
                        SyncServer.start(production.config(postgres.settings().withoutOwner()));
                ServerLab lab = new ServerLab(postgres)) {
            assertThat(epochNamedBy(server.baseUri())).isNotEqualTo(epochBefore);
            lab.sample(org, "R-5");
            assertThat(server.parts().auditCheckpoints().checkpoint(org.id()))
                    .as("checkpoints go on after the restore, at entry numbers checkpointed before it")
                    .isPresent();
        }
        ProductionSetup.Run afterMoreWork = ProductionSetup.command(production.environment(true), "verify-audit");
        assertThat(afterMoreWork.exitCode())
                .as(afterMoreWork.out() + afterMoreWork.err())
                .isZero();
        assertThat(afterMoreWork.out()).contains("OK").doesNotContain("REWRITTEN", "TRUNCATED");
    }

    @Test
    void aRestoreWhileAnInstanceIsConnectedChangesNothing() throws Exception {
        Path dump = folder.resolve("lab.dump");
        try (ServerLab lab = new ServerLab(postgres)) {
            ServerLab.Org org = lab.createOrganization("busy");
            lab.sample(org, "B-1");
        }
        assertThat(ProductionSetup.command(production.environment(true), "backup", dump.toString())
                        .exitCode())
                .isZero();
        try (SyncServer server =
                SyncServer.start(production.config(postgres.settings().withoutOwner()))) {
            String epoch = epochNamedBy(server.baseUri());
            ProductionSetup.Run restore =
                    ProductionSetup.command(production.environment(true), "restore", dump.toString());
            assertThat(restore.exitCode()).isEqualTo(2);
            assertThat(restore.err()).contains("Stop every server instance before a restore");
            assertThat(epochNamedBy(server.baseUri())).isEqualTo(epoch);
        }
        assertThat(samples()).isEqualTo(1);
        assertThat(Files.list(folder).toList()).containsExactly(dump);
    }

    @Test
    void withoutTheRecordSigningKeysARestoreDoesNotBegin() throws Exception {
        Path dump = folder.resolve("lab.dump");
        assertThat(ProductionSetup.command(production.environment(true), "backup", dump.toString())
                        .exitCode())
                .isZero();

        ProductionSetup.Run restore = ProductionSetup.command(production.environment(true), "restore", dump.toString());

        assertThat(restore.exitCode()).isEqualTo(2);
        assertThat(restore.err()).contains("Put the record-signing key file back first");
        try (Connection admin = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:5432/spectra", "spectra_owner", "owner-secret");
                PreparedStatement kept =
                        admin.prepareStatement("SELECT count(*) FROM pg_database WHERE datname LIKE ?")) {
            kept.setString(
                    1,
                    postgres.settings()
                                    .url()
                                    .substring(postgres.settings().url().lastIndexOf('/') + 1) + "\\_%");
            try (ResultSet row = kept.executeQuery()) {
                row.next();
                assertThat(row.getInt(1))
                        .as("no database made beside the lab's")
                        .isZero();
            }
        }
    }

    @Test
    void aFileThatIsNoDumpIsRefusedAndChangesNothing() throws Exception {
        try (SyncServer server =
                SyncServer.start(production.config(postgres.settings().withoutOwner()))) {
            // A lab that has run: its keys are there.
        }
        Path notADump = Files.writeString(folder.resolve("notes.txt"), "not a dump");
        ProductionSetup.Run restore =
                ProductionSetup.command(production.environment(true), "restore", notADump.toString());
        assertThat(restore.exitCode()).isEqualTo(2);
        assertThat(restore.err()).contains("pg_restore failed");
        assertThat(samples()).isZero();
    }

    private static String epochNamedBy(URI server) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(server.resolve("/health")).build(), HttpResponse.BodyHandlers.ofString());
        return answer.headers().firstValue(DataEpoch.HEADER).orElseThrow();
    }

    private long samples() throws SQLException {
        try (Connection owner = postgres.ownerConnection()) {
            return count(owner);
        }
    }

    private long samplesIn(String database) throws SQLException {
        try (Connection owner = DriverManager.getConnection(
                "jdbc:postgresql://localhost:5432/" + database, "spectra_owner", "owner-secret")) {
            return count(owner);
        }
    }

    private static long count(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM samples");
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
