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
 * ADR 0032, revised: a load larger than {@link SyncEngine#INITIAL_LOAD_COMMIT_EVERY} rows is
 * committed in parts; a connection lost after some parts were committed still leaves the bench
 * with no rows and checkpoint 0, and the next sync loads everything.
 */
class ACutInitialLoadInPartsKeepsNeitherItsRowsNorItsCheckpointTest {

    private static final int SAMPLES = 4 * SyncEngine.INITIAL_LOAD_COMMIT_EVERY;

    /** A sample's line is about 430 bytes: the cut comes after two and a half parts, two of them committed. */
    private static final long CUT_AFTER_BYTES = 5 * SyncEngine.INITIAL_LOAD_COMMIT_EVERY * 430L / 2;

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab lab = testbed.lab;
    private final ServerLab.Org org = testbed.newOrganization("cut-parts");

    @Test
    void aLoadCutAfterItsFirstPartsLeavesNothingAndTheNextSyncLoadsEverything() {
        BenchTables.samplesOnTheServer(lab, org, "PART", SAMPLES);
        try (FaultyProxy proxy = new FaultyProxy(testbed.serverUri());
                Workstation bench = testbed.newWorkstation(proxy.uri())) {
            bench.signIn(SyncTestbed.email(org, "viewer"), SyncTestbed.PASSWORD);

            proxy.cutAnswersAfterBytes(CUT_AFTER_BYTES);
            SyncEngine.Report cut = bench.sync().syncNow();

            assertThat(proxy.cutAnswers()).isEqualTo(1);
            assertThat(cut.succeeded()).isFalse();
            assertThat(BenchTables.checkpoint(bench)).isZero();
            assertThat(BenchTables.versions(bench, "samples")).isEmpty();
            assertThat(bench.database().transaction(InitialLoadMark::isSet)).isFalse();

            assertThat(bench.sync().syncNow().succeeded()).isTrue();
            assertThat(BenchTables.versions(bench, "samples"))
                    .hasSize(SAMPLES)
                    .isEqualTo(new ServerTables(lab, org).versions("samples"));
            assertThat(BenchTables.checkpoint(bench)).isEqualTo(BenchTables.serverCheckpoint(lab, org));
        }
    }
}
