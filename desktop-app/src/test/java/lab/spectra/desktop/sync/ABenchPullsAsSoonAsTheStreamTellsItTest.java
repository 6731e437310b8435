package lab.spectra.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.id.Ids;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;

/**
 * Two benches on the real server over real HTTP. The watching bench polls once an hour, so a
 * change of the other bench can only reach it through the live-update stream.
 */
class ABenchPullsAsSoonAsTheStreamTellsItTest {

    private static final Duration HOURLY = Duration.ofHours(1);

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("live");

    static void awaitUntil(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen within 30 s");
            }
            Thread.sleep(10);
        }
    }

    @Test
    void aSamplePushedOnOneBenchIsInTheOtherBenchsDatabaseWithoutAPoll() throws Exception {
        try (Workstation making = testbed.newWorkstation();
                Workstation watching = testbed.newWorkstation()) {
            ServerSession engineer = making.signIn(SyncTestbed.email(org, "engineer"), SyncTestbed.PASSWORD);
            watching.signIn(SyncTestbed.email(org, "tech"), SyncTestbed.PASSWORD);
            assertThat(making.sync().syncNow().succeeded()).isTrue();

            try (SyncScheduler scheduler = new SyncScheduler(watching.sync(), Backoff.DEFAULT, HOURLY, HOURLY);
                    LiveUpdates live = watching.liveUpdates(scheduler)) {
                scheduler.start();
                live.start();
                awaitUntil("the stream opening", () -> watching.sync().status().live());
                // The first sync, and the one that follows the stream opening, are done.
                awaitUntil("the first syncs", () -> watching.sync().status().lastSyncAt() != null);
                Thread.sleep(200);

                UUID sample = Ids.newId();
                making.commands()
                        .execute(new CreateSample(
                                making.newMeta(engineer.userId()), sample, "Announced", "LIVE-1", null, null, null));
                assertThat(making.sync().syncNow().succeeded()).isTrue();

                awaitUntil("the sample reaching the watching bench", () -> watching.read(state -> state.sample(sample))
                        .isPresent());
                assertThat(watching.read(state -> state.sample(sample))
                                .orElseThrow()
                                .name())
                        .isEqualTo("Announced");
                assertThat(watching.sync().status().live()).isTrue();
            }
        }
    }
}
