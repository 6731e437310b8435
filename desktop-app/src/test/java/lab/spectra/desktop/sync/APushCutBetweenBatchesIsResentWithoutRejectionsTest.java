package lab.spectra.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.ServerTables;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.id.Ids;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The network drops while the answer to the second of three batches is on its way: the server
 * applied that batch, the bench never heard. Sending again gets the kept answers and the chain
 * of signed commands goes on from where the server is: nothing refused, nothing twice.
 */
class APushCutBetweenBatchesIsResentWithoutRejectionsTest {

    private static final int COMMANDS = SyncEngine.PUSH_BATCH * 2 + 20;

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("cut-batches");
    private final ServerTables server = new ServerTables(testbed.lab, org);
    private final FaultyProxy network = new FaultyProxy(testbed.serverUri());
    private final Workstation bench = testbed.newWorkstation(network.uri());

    @AfterEach
    void closeAll() {
        bench.close();
        network.close();
    }

    @Test
    void everyCommandIsAppliedOnceAndNoneIsRefused() {
        ServerSession engineer = bench.signIn(SyncTestbed.email(org, "engineer"), SyncTestbed.PASSWORD);
        bench.sync().syncNow();
        String prefix = "CB-" + Ids.newId() + "-";
        for (int i = 0; i < COMMANDS; i++) {
            bench.commands()
                    .execute(new CreateSample(
                            bench.newMeta(engineer.userId()), Ids.newId(), "Batch " + i, prefix + i, null, null, null));
        }

        network.cutAnswerAfter(1);
        SyncEngine.Report first = bench.sync().syncNow();
        SyncEngine.Report second = bench.sync().syncNow();

        assertThat(network.cutAnswers()).isEqualTo(1);
        assertThat(first.refused() + second.refused()).isZero();
        assertThat(bench.problems().open()).isEmpty();
        assertThat(bench.sync().status().pending()).isZero();
        assertThat(server.count("SELECT count(*) FROM samples WHERE barcode LIKE ?", prefix + "%"))
                .isEqualTo(COMMANDS);
    }
}
