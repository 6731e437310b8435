package lab.spectra.desktop.workstation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.net.WorkstationRevokedException;
import lab.spectra.desktop.sync.SyncEngine;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.ServerTables;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.model.id.Ids;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A bench lost while offline with work queued: an admin revokes it; at its next contact its queued
 * changes are refused (workstation_revoked) and it deletes its local data, keeping only a notice
 * in words, and starts again as a new workstation.
 */
class ARevokedWorkstationWipesItselfAtItsNextContactTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("lost-bench");
    private final ServerTables serverTables = new ServerTables(testbed.lab, org);
    private final FaultyProxy network = new FaultyProxy(testbed.serverUri());
    private final Workstation bench = testbed.newWorkstation(network.uri());
    private final UUID sampleId = Ids.newId();

    @AfterEach
    void close() {
        bench.close();
        network.close();
    }

    private String adminToken() {
        Http.Response login = testbed.server.http.post(
                "/auth/login",
                null,
                Map.of("username", SyncTestbed.email(org, "admin"), "password", SyncTestbed.PASSWORD));
        return login.body().get("access_token").asText();
    }

    private UUID workQueuedOfflineThenRevoked() {
        ServerSession engineer = bench.signIn(SyncTestbed.email(org, "engineer"), SyncTestbed.PASSWORD);
        bench.sync().syncNow();
        network.mode(FaultyProxy.Mode.DOWN);
        bench.commands()
                .execute(new CreateSample(
                        bench.newMeta(engineer.userId()), sampleId, "Made on the lost PC", "LOST-1", null, null, null));
        UUID revokedId = bench.workstationId();
        Http.Response revoked = testbed.server.http.post(
                "/api/admin/workstations/" + revokedId + "/revoke",
                adminToken(),
                Map.of("reason", "stolen from the lab"));
        assertThat(revoked.status()).as(revoked.body().toString()).isEqualTo(200);
        network.mode(FaultyProxy.Mode.PASS);
        return revokedId;
    }

    private static List<String> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }

    @Test
    void itsQueuedChangesAreRefusedAndItsLocalDataDeletedAtTheNextSync() throws IOException {
        AtomicReference<String> told = new AtomicReference<>();
        bench.onWiped(told::set);
        UUID revokedId = workQueuedOfflineThenRevoked();

        SyncEngine.Report report = bench.sync().syncNow();

        assertThat(report.failure()).contains("revoked");
        assertThat(serverTables.count("SELECT count(*) FROM samples WHERE id = ?", sampleId))
                .isZero();
        assertThat(serverTables.count(
                        "SELECT count(*) FROM processed_commands WHERE author_id IN (SELECT id FROM users"
                                + " WHERE organization_id = ?) AND CAST(outcome AS VARCHAR) LIKE"
                                + " '%workstation_revoked%'",
                        org.id()))
                .isEqualTo(1);
        assertThat(bench.isOpen()).isFalse();
        assertThat(bench.sessions().all()).isEmpty();
        assertThat(filesIn(bench.directory())).containsExactlyInAnyOrder("revoked-notice.txt", "keyring.json");
        assertThat(bench.keyring().people()).isEmpty();
        assertThat(bench.workstationId()).isNotEqualTo(revokedId);
        assertThat(told.get()).contains("stolen from the lab").contains("local data has been deleted");
        assertThat(bench.wipeNotice()).contains(told.get());
    }

    @Test
    void anOnlineSignInAtTheRevokedBenchDeletesItsDataAndSaysSo() throws IOException {
        workQueuedOfflineThenRevoked();
        bench.signOut(bench.sessions().all().iterator().next().userId());

        assertThatThrownBy(() -> bench.signIn(SyncTestbed.email(org, "pi"), SyncTestbed.PASSWORD))
                .isInstanceOf(WorkstationRevokedException.class)
                .hasMessageContaining("local data has been deleted");

        assertThat(bench.isOpen()).isFalse();
        assertThat(filesIn(bench.directory())).doesNotContain("bench.mv.db");
    }

    @Test
    void afterTheWipeThePcStartsAgainAsANewWorkstation() {
        UUID revokedId = workQueuedOfflineThenRevoked();
        bench.sync().syncNow();

        ServerSession again = bench.signIn(SyncTestbed.email(org, "engineer"), SyncTestbed.PASSWORD);

        assertThat(again.userId()).isNotNull();
        assertThat(bench.workstationId()).isNotEqualTo(revokedId);
        assertThat(bench.wipeNotice()).isEmpty();
        assertThat(bench.sync().status().pending()).isZero();
    }
}
