package lab.spectra.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.desktop.testing.BenchTables;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.ServerTables;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;

/**
 * ADR 0032: the initial load is stored in one transaction with its checkpoint; a connection lost
 * in the middle of it leaves the bench as it was (no rows, checkpoint 0), and the next sync loads
 * it whole.
 */
class ACutInitialLoadKeepsNeitherItsRowsNorItsCheckpointTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab lab = testbed.lab;
    private final ServerLab.Org org = testbed.newOrganization("cut-load");

    @Test
    void aLoadCutMidwayLeavesNothingAndTheNextSyncLoadsEverything() {
        BenchTables.samplesOnTheServer(lab, org, "CUT", 3_000);
        try (FaultyProxy proxy = new FaultyProxy(testbed.serverUri());
                Workstation bench = testbed.newWorkstation(proxy.uri())) {
            bench.signIn(SyncTestbed.email(org, "viewer"), SyncTestbed.PASSWORD);

            proxy.cutAnswersAfterBytes(300_000);
            SyncEngine.Report cut = bench.sync().syncNow();

            assertThat(proxy.cutAnswers()).isEqualTo(1);
            assertThat(cut.succeeded()).isFalse();
            assertThat(BenchTables.checkpoint(bench)).isZero();
            assertThat(BenchTables.versions(bench, "samples")).isEmpty();

            assertThat(bench.sync().syncNow().succeeded()).isTrue();
            assertThat(BenchTables.versions(bench, "samples"))
                    .hasSize(3_000)
                    .isEqualTo(new ServerTables(lab, org).versions("samples"));
            assertThat(BenchTables.checkpoint(bench)).isEqualTo(BenchTables.serverCheckpoint(lab, org));
        }
    }
}
