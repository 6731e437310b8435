package lab.spectra.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.id.Ids;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;

/** What the status bar needs: online, pending count, last sync time, pushed x of y, pulled n rows. */
class SyncProgressIsObservableTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("progress");

    @Test
    void listenersSeePendingWorkThenPushAndPullProgressThenTheFinishedSync() {
        try (Workstation bench = testbed.newWorkstation()) {
            ServerSession engineer = bench.signIn(SyncTestbed.email(org, "engineer"), SyncTestbed.PASSWORD);
            bench.sync().syncNow();
            for (int i = 0; i < SyncEngine.PUSH_BATCH + 5; i++) {
                bench.commands()
                        .execute(new CreateSample(
                                bench.newMeta(engineer.userId()), Ids.newId(), "S" + i, "PR-" + i, null, null, null));
            }
            bench.sync().refreshCounts();
            List<SyncStatus> seen = new CopyOnWriteArrayList<>();
            bench.sync().addListener(seen::add);

            bench.sync().syncNow();

            assertThat(seen.get(0).pending()).isEqualTo(SyncEngine.PUSH_BATCH + 5);
            // Part of the queue sent, out of all of it: the test server's small body limit makes
            // the bench send smaller requests than PUSH_BATCH, so the step is not fixed.
            assertThat(seen).anySatisfy(status -> {
                assertThat(status.phase()).isEqualTo(SyncStatus.Phase.PUSHING);
                assertThat(status.pushed()).isBetween(1, SyncEngine.PUSH_BATCH + 4);
                assertThat(status.toPush()).isEqualTo(SyncEngine.PUSH_BATCH + 5);
            });
            assertThat(seen).anySatisfy(status -> {
                assertThat(status.phase()).isEqualTo(SyncStatus.Phase.PULLING);
                assertThat(status.pulledRows()).isPositive();
            });
            SyncStatus last = seen.get(seen.size() - 1);
            assertThat(last.phase()).isEqualTo(SyncStatus.Phase.IDLE);
            assertThat(last.connectivity()).isEqualTo(SyncStatus.Connectivity.ONLINE);
            assertThat(last.pending()).isZero();
            assertThat(last.pushed()).isEqualTo(SyncEngine.PUSH_BATCH + 5);
            assertThat(last.lastSyncAt()).isNotNull();
        }
    }
}
