package lab.spectra.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.id.Ids;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;

class TheSchedulerKeepsTryingUntilTheServerIsBackTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("retry");

    private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The condition did not come true within 30 s");
            }
            Thread.sleep(20);
        }
    }

    @Test
    void failedAttemptsAreRepeatedWithBackoffAndThePendingChangeIsSentOnceTheServerAnswers() throws Exception {
        try (FaultyProxy network = new FaultyProxy(testbed.serverUri());
                Workstation bench = testbed.newWorkstation(network.uri())) {
            ServerSession engineer = bench.signIn(SyncTestbed.email(org, "engineer"), SyncTestbed.PASSWORD);
            bench.sync().syncNow();
            network.mode(FaultyProxy.Mode.DOWN);
            bench.commands()
                    .execute(new CreateSample(
                            bench.newMeta(engineer.userId()), Ids.newId(), "Queued", "Q-1", null, null, null));
            List<SyncStatus> seen = new CopyOnWriteArrayList<>();
            bench.sync().addListener(seen::add);

            try (SyncScheduler scheduler = new SyncScheduler(
                    bench.sync(), new Backoff(Duration.ofMillis(20), Duration.ofMillis(200)), Duration.ofHours(1))) {
                scheduler.start();
                awaitUntil(() -> seen.stream()
                                .filter(status -> status.connectivity() == SyncStatus.Connectivity.OFFLINE
                                        && status.phase() == SyncStatus.Phase.IDLE)
                                .count()
                        >= 3);
                assertThat(bench.sync().status().pending()).isEqualTo(1);

                network.mode(FaultyProxy.Mode.PASS);
                awaitUntil(() -> bench.sync().status().pending() == 0);
            }
            assertThat(bench.sync().status().connectivity()).isEqualTo(SyncStatus.Connectivity.ONLINE);
            assertThat(bench.sync().status().lastError()).isNull();
        }
    }
}
