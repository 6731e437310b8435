package lab.spectra.desktop.sync;

import static lab.spectra.desktop.sync.ABenchPullsAsSoonAsTheStreamTellsItTest.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.id.Ids;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;

/**
 * The stream goes through a proxy that can be cut while the sync calls still reach the server.
 * While the stream is open the bench polls only hourly; once it drops, polling (every 200 ms
 * here) brings the other bench's change, and the stream comes back when it can.
 */
class ABenchFallsBackToPollingWhenTheStreamDropsTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("fallback");

    @Test
    void whileTheStreamIsDownPollingBringsTheChangeAndTheStreamReturns() throws Exception {
        try (FaultyProxy streamPath = new FaultyProxy(testbed.serverUri());
                Workstation making = testbed.newWorkstation();
                Workstation watching = testbed.newWorkstation()) {
            ServerSession engineer = making.signIn(SyncTestbed.email(org, "engineer"), SyncTestbed.PASSWORD);
            watching.signIn(SyncTestbed.email(org, "tech"), SyncTestbed.PASSWORD);
            assertThat(making.sync().syncNow().succeeded()).isTrue();

            try (SyncScheduler scheduler = new SyncScheduler(
                            watching.sync(),
                            new Backoff(Duration.ofMillis(50), Duration.ofMillis(200)),
                            Duration.ofMillis(200),
                            Duration.ofHours(1));
                    LiveUpdates live = watching.liveUpdates(scheduler, streamPath.uri())) {
                scheduler.start();
                live.start();
                awaitUntil("the stream opening", () -> watching.sync().status().live());

                streamPath.mode(FaultyProxy.Mode.DOWN);
                awaitUntil(
                        "the bench noticing the stream dropped",
                        () -> !watching.sync().status().live());

                UUID sample = Ids.newId();
                making.commands()
                        .execute(new CreateSample(
                                making.newMeta(engineer.userId()), sample, "Polled", "POLL-1", null, null, null));
                assertThat(making.sync().syncNow().succeeded()).isTrue();
                awaitUntil("polling bringing the sample", () -> watching.read(state -> state.sample(sample))
                        .isPresent());
                assertThat(watching.sync().status().live())
                        .as("the stream is still down: the sample came by polling")
                        .isFalse();

                streamPath.mode(FaultyProxy.Mode.PASS);
                awaitUntil(
                        "the stream reopening", () -> watching.sync().status().live());
            }
        }
    }
}
