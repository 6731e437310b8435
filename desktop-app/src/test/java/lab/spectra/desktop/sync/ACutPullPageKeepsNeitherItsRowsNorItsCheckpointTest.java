package lab.spectra.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import lab.spectra.desktop.testing.BenchTables;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.ServerTables;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;

/**
 * ADR 0032: a streamed pull page is stored in one transaction with its checkpoint; a page cut in
 * the middle leaves the bench at the checkpoint it had, with the rows it had.
 */
class ACutPullPageKeepsNeitherItsRowsNorItsCheckpointTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab lab = testbed.lab;
    private final ServerLab.Org org = testbed.newOrganization("cut-page");

    @Test
    void aPageCutMidwayLeavesTheBenchAtItsCheckpointAndTheNextSyncBringsThePage() {
        try (FaultyProxy proxy = new FaultyProxy(testbed.serverUri());
                Workstation bench = testbed.newWorkstation(proxy.uri())) {
            bench.signIn(SyncTestbed.email(org, "viewer"), SyncTestbed.PASSWORD);
            assertThat(bench.sync().syncNow().succeeded()).isTrue();
            long checkpoint = BenchTables.checkpoint(bench);
            Map<UUID, Long> samples = BenchTables.versions(bench, "samples");
            BenchTables.samplesOnTheServer(lab, org, "PAGE", 3_000);

            proxy.cutAnswersAfterBytes(300_000);
            SyncEngine.Report cut = bench.sync().syncNow();

            assertThat(proxy.cutAnswers()).isEqualTo(1);
            assertThat(cut.succeeded()).isFalse();
            assertThat(BenchTables.checkpoint(bench)).isEqualTo(checkpoint);
            assertThat(BenchTables.versions(bench, "samples")).isEqualTo(samples);

            assertThat(bench.sync().syncNow().succeeded()).isTrue();
            assertThat(BenchTables.versions(bench, "samples"))
                    .hasSize(samples.size() + 3_000)
                    .isEqualTo(new ServerTables(lab, org).versions("samples"));
            assertThat(BenchTables.checkpoint(bench)).isEqualTo(BenchTables.serverCheckpoint(lab, org));
        }
    }
}
