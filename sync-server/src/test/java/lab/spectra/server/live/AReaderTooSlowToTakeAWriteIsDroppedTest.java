package lab.spectra.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A reader whose write does not finish is cut and its place freed, while nothing piles up for it:
 * the changes meanwhile are one number, and a reader that keeps up hears every announcement.
 */
class AReaderTooSlowToTakeAWriteIsDroppedTest {

    private final UUID lab = UUID.randomUUID();
    private final StreamSettings settings = new StreamSettings(10, 10, Duration.ofSeconds(15), Duration.ofMillis(300));

    @Test
    void aStalledReaderIsAbortedAndItsPlaceFreedWhileAnotherKeepsHearing() throws Exception {
        try (OrganizationChanges changes =
                new OrganizationChanges(settings, (organization, session) -> false, Clock.systemUTC())) {
            Instant later = Instant.now().plus(Duration.ofMinutes(5));
            RecordingSink stalled = new RecordingSink(new CountDownLatch(1));
            RecordingSink keepingUp = new RecordingSink();
            changes.reserve(lab).orElseThrow().attach(null, later, stalled);
            changes.reserve(lab).orElseThrow().attach(null, later, keepingUp);

            for (long number = 1; number <= 100; number++) {
                changes.advanced(lab, number);
            }

            assertThat(stalled.aborted.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(changes.openStreams()).isEqualTo(1);
            // Released from its stall by the abort, the slow reader was written at most twice: the
            // write it was stuck in and one for everything that came meanwhile.
            assertThat(stalled.events.size()).isLessThanOrEqualTo(2);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!keepingUp.events.contains(100L) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(keepingUp.events).contains(100L);
            assertThat(keepingUp.events).isSorted();
        }
    }

    @Test
    void aStreamWhoseTokenHasExpiredIsEnded() throws Exception {
        try (OrganizationChanges changes =
                new OrganizationChanges(settings, (organization, session) -> false, Clock.systemUTC())) {
            RecordingSink sink = new RecordingSink();
            changes.reserve(lab).orElseThrow().attach(null, Instant.now().plusMillis(200), sink);
            assertThat(sink.ended.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(changes.openStreams()).isZero();
        }
    }
}
