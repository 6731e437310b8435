package lab.spectra.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.net.ServerLink;
import lab.spectra.desktop.testing.ServerTables;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.model.protocol.SyncProtocol;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.server.SyncServer;
import lab.spectra.server.auth.login.PasswordHasher;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;

/**
 * Issue 22: benches a release apart from their server. A bench newer than its server sends
 * nothing the server could not read and says it waits; a bench older than the server accepts is
 * told to update. Either way its queue stays whole, and once the versions meet it is sent as it is.
 */
class ABenchOfAnotherSyncProtocolKeepsItsQueueAndSaysWhyTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("protocol");
    private final ServerTables server = new ServerTables(testbed.lab, org);

    @Test
    void aBenchNewerThanItsServerWaitsAndItsQueueGoesOnceTheyMeet() {
        Path data = SyncTestbed.newDataDirectory();
        UUID sampleId = Ids.newId();
        loadedBy(data, new ServerLink(testbed.serverUri(), DomainJson.newMapper()), SyncTestbed.email(org, "engineer"));
        // The bench is updated ahead of its server.
        ServerLink newer = new ServerLink(testbed.serverUri(), DomainJson.newMapper())
                .speakingSyncProtocol(SyncProtocol.CURRENT + 1);
        try (Workstation bench = Workstation.open(data, newer, Clock.systemUTC())) {
            makeASample(bench, sampleId, SyncTestbed.email(org, "engineer"));

            SyncEngine.Report report = bench.sync().syncNow();

            assertThat(report.failure()).contains("kept and sent once the server is updated");
            assertThat(report.pushed()).isZero();
            assertThat(bench.sync().status().pending()).isEqualTo(1);
        }
        assertThat(server.count("SELECT count(*) FROM samples WHERE id = ?", sampleId))
                .as("the waiting bench's sample on the server")
                .isZero();

        // The versions meet (here: the same bench files, speaking the server's protocol).
        try (Workstation bench = Workstation.open(data, testbed.serverUri())) {
            bench.signIn(SyncTestbed.email(org, "engineer"), SyncTestbed.PASSWORD);
            SyncEngine.Report report = bench.sync().syncNow();

            assertThat(report.applied()).as(String.valueOf(report.failure())).isEqualTo(1);
            assertThat(bench.sync().status().pending()).isZero();
        }
        assertThat(server.count("SELECT count(*) FROM samples WHERE id = ?", sampleId))
                .isEqualTo(1);
    }

    @Test
    void aBenchOlderThanItsServerAcceptsIsToldToUpdateAndKeepsItsQueue() {
        UUID sampleId = Ids.newId();
        Path data = SyncTestbed.newDataDirectory();
        // A lab of its own whose server accepts protocol 2 and newer only.
        try (PostgresTestDatabase database = PostgresTestDatabase.createMigrated();
                SyncServer strict = SyncServer.start(DemoServer.config(database, false).toBuilder()
                        .benchReleases(new ServerConfig.BenchReleases(2, Optional.empty(), Optional.empty()))
                        .build())) {
            ServerLab lab = new ServerLab(database);
            ServerLab.Org strictOrg = lab.createOrganization(
                    "strict-" + UUID.randomUUID().toString().substring(0, 8),
                    new PasswordHasher().hash(SyncTestbed.PASSWORD.toCharArray()));
            String engineer = SyncTestbed.email(strictOrg, "engineer");
            loadedBy(data, new ServerLink(strict.baseUri(), DomainJson.newMapper()), engineer);
            // The same files on a release that speaks protocol 1, which this lab no longer accepts.
            try (Workstation bench = Workstation.open(
                    data,
                    new ServerLink(strict.baseUri(), DomainJson.newMapper()).speakingSyncProtocol(1),
                    Clock.systemUTC())) {
                makeASample(bench, sampleId, engineer);

                SyncEngine.Report report = bench.sync().syncNow();

                assertThat(report.failure()).contains("install the lab's current SPECTRA-Lab", "kept");
                assertThat(report.applied()).isZero();
                assertThat(report.refused()).as("commands refused one by one").isZero();
                assertThat(bench.sync().status().pending()).isEqualTo(1);
                assertThat(bench.problems().open()).as("sync problems").isEmpty();
            }
            ServerTables strictTables = new ServerTables(lab, strictOrg);
            assertThat(strictTables.count("SELECT count(*) FROM samples WHERE id = ?", sampleId))
                    .isZero();

            try (Workstation updated = Workstation.open(
                    data, new ServerLink(strict.baseUri(), DomainJson.newMapper()), Clock.systemUTC())) {
                updated.signIn(engineer, SyncTestbed.PASSWORD);
                SyncEngine.Report report = updated.sync().syncNow();

                assertThat(report.applied())
                        .as(String.valueOf(report.failure()))
                        .isEqualTo(1);
            }
            assertThat(strictTables.count("SELECT count(*) FROM samples WHERE id = ?", sampleId))
                    .isEqualTo(1);
        }
    }

    /** The bench's first sign-in and load, at the server's own version. */
    private void loadedBy(Path data, ServerLink link, String email) {
        try (Workstation bench = Workstation.open(data, link, Clock.systemUTC())) {
            bench.signIn(email, SyncTestbed.PASSWORD);
            SyncEngine.Report loaded = bench.sync().syncNow();
            assertThat(loaded.failure()).isNull();
            assertThat(loaded.pulledRows()).as("rows of the first load").isPositive();
        }
    }

    private static void makeASample(Workstation bench, UUID sampleId, String email) {
        ServerSession engineer = bench.signIn(email, SyncTestbed.PASSWORD);
        bench.commands()
                .execute(new CreateSample(
                        bench.newMeta(engineer.userId()),
                        sampleId,
                        "Made a release apart",
                        "P-1",
                        null,
                        "Bench",
                        null));
    }
}
