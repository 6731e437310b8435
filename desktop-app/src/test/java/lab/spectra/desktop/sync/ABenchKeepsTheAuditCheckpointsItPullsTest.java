package lab.spectra.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.stream.Stream;
import lab.spectra.desktop.store.WitnessedCheckpoints;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.audit.AuditCheckpoint;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each bench is a witness of its organization's audit trail (issue 11): after a pull it keeps the
 * server's newest signed checkpoint, keeps every earlier one, and still has them when the server's
 * own copies are gone; an auditor exports them for {@code verify-audit}.
 */
class ABenchKeepsTheAuditCheckpointsItPullsTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("witness");
    private final Workstation bench = testbed.newWorkstation();

    /** The bench's kept checkpoints; its database opens at the first sign-in. */
    private WitnessedCheckpoints witnessed() {
        return new WitnessedCheckpoints(bench.database());
    }

    @AfterEach
    void closeAll() {
        bench.close();
    }

    private AuditCheckpoint checkpointOnTheServer() {
        return testbed.server
                .server
                .parts()
                .auditCheckpoints()
                .checkpoint(org.id())
                .orElseThrow();
    }

    @Test
    void theNewestCheckpointIsKeptAfterASync() {
        AuditCheckpoint signed = checkpointOnTheServer();
        bench.signIn(SyncTestbed.email(org, "tech"), SyncTestbed.PASSWORD);

        assertThat(bench.sync().syncNow().succeeded()).isTrue();

        assertThat(witnessed().statements()).containsExactly(signed.compact());
    }

    @Test
    void everyCheckpointStaysWhenTheServerLosesItsCopies() throws Exception {
        bench.signIn(SyncTestbed.email(org, "tech"), SyncTestbed.PASSWORD);
        AuditCheckpoint first = checkpointOnTheServer();
        bench.sync().syncNow();
        testbed.lab.sample(org, "W-1");
        AuditCheckpoint second = checkpointOnTheServer();
        bench.sync().syncNow();

        try (Connection owner = testbed.server.postgres.ownerConnection();
                PreparedStatement delete =
                        owner.prepareStatement("DELETE FROM audit_checkpoints WHERE organization_id = ?")) {
            delete.setObject(1, org.id());
            delete.executeUpdate();
        }
        bench.sync().syncNow();

        assertThat(witnessed().statements()).containsExactly(first.compact(), second.compact());
        assertThat(second.sequence()).isGreaterThan(first.sequence());
    }

    @Test
    void theWitnessedCheckpointsAreExportedAsFilesForVerifyAudit() throws Exception {
        AuditCheckpoint signed = checkpointOnTheServer();
        bench.signIn(SyncTestbed.email(org, "viewer"), SyncTestbed.PASSWORD);
        bench.sync().syncNow();
        Path folder = Files.createTempDirectory("witnessed-");

        assertThat(witnessed().exportTo(folder)).isEqualTo(1);

        try (Stream<Path> files = Files.list(folder)) {
            List<Path> written = files.toList();
            assertThat(written).hasSize(1);
            assertThat(Files.readString(written.get(0)).strip()).isEqualTo(signed.compact());
        }
    }
}
