package lab.spectra.model.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import lab.spectra.model.testing.InMemoryServerTimeStore;
import lab.spectra.model.testing.MutableClock;
import org.junit.jupiter.api.Test;

class TrustedClockTest {

    private static final Instant SERVER_TIME = Instant.parse("2026-03-10T12:00:00Z");

    private final MutableClock pcClock = new MutableClock(SERVER_TIME);
    private final AtomicLong monotonicNanos = new AtomicLong(1_000_000L);
    private final InMemoryServerTimeStore store = new InMemoryServerTimeStore();

    private TrustedClock startClock() {
        return new TrustedClock(pcClock, monotonicNanos::get, store);
    }

    @Test
    void itNeverReportsATimeEarlierThanTheLastServerTimeSeen() {
        TrustedClock clock = startClock();
        clock.observeServerTime(SERVER_TIME);
        pcClock.set(SERVER_TIME.minus(Duration.ofDays(400)));

        assertThat(clock.instant()).isEqualTo(SERVER_TIME);
        assertThat(clock.wallClockBehind()).isTrue();
    }

    @Test
    void theLastServerTimeSurvivesARestart() {
        startClock().observeServerTime(SERVER_TIME);
        pcClock.set(SERVER_TIME.minus(Duration.ofDays(30)));

        TrustedClock afterRestart = startClock();

        assertThat(afterRestart.instant()).isEqualTo(SERVER_TIME);
        assertThat(afterRestart.latestServerTime()).isEqualTo(SERVER_TIME);
    }

    @Test
    void whileRunningItKeepsCountingFromTheServerTimeEvenIfTheWallClockIsSetBack() {
        TrustedClock clock = startClock();
        clock.observeServerTime(SERVER_TIME);
        pcClock.set(SERVER_TIME.minus(Duration.ofDays(1)));
        monotonicNanos.addAndGet(Duration.ofHours(3).toNanos());

        assertThat(clock.instant()).isEqualTo(SERVER_TIME.plus(Duration.ofHours(3)));
    }

    @Test
    void aWallClockAheadOfTheServerIsBelieved() {
        TrustedClock clock = startClock();
        clock.observeServerTime(SERVER_TIME);
        pcClock.set(SERVER_TIME.plus(Duration.ofMinutes(10)));

        assertThat(clock.instant()).isEqualTo(SERVER_TIME.plus(Duration.ofMinutes(10)));
        assertThat(clock.wallClockBehind()).isFalse();
    }

    @Test
    void anOlderServerTimeDoesNotLowerTheFloor() {
        TrustedClock clock = startClock();
        clock.observeServerTime(SERVER_TIME);
        clock.observeServerTime(SERVER_TIME.minus(Duration.ofHours(1)));
        pcClock.set(SERVER_TIME.minus(Duration.ofDays(2)));

        assertThat(clock.instant()).isEqualTo(SERVER_TIME);
        assertThat(store.saves()).isEqualTo(1);
    }

    @Test
    void withoutAnyServerTimeTheWallClockIsUsed() {
        pcClock.set(SERVER_TIME.minus(Duration.ofDays(2)));
        assertThat(startClock().instant()).isEqualTo(SERVER_TIME.minus(Duration.ofDays(2)));
    }

    @Test
    void aServerTimeFarInTheFutureDoesNotMoveTheFloor() {
        TrustedClock clock = startClock();
        clock.observeServerTime(SERVER_TIME);

        clock.observeServerTime(SERVER_TIME.plus(Duration.ofDays(3650)));

        assertThat(clock.instant()).isEqualTo(SERVER_TIME);
        assertThat(clock.latestServerTime()).isEqualTo(SERVER_TIME);
        assertThat(startClock().instant()).isEqualTo(SERVER_TIME);
    }

    @Test
    void aServerTimeFarInTheFutureIsReportedAsImplausible() {
        TrustedClock clock = startClock();

        assertThat(clock.observeServerTime(SERVER_TIME.plus(Duration.ofDays(2))))
                .isEqualTo(TrustedClock.Observation.IMPLAUSIBLY_FAR_AHEAD);
        assertThat(clock.observeServerTime(SERVER_TIME.plus(Duration.ofHours(2))))
                .isEqualTo(TrustedClock.Observation.RAISED_FLOOR);
        assertThat(clock.observeServerTime(SERVER_TIME)).isEqualTo(TrustedClock.Observation.NOT_NEWER);
    }

    @Test
    void aServerTimeAheadOfAPcClockThatIsHoursBehindStillRaisesTheFloor() {
        pcClock.set(SERVER_TIME.minus(Duration.ofHours(14)));
        TrustedClock clock = startClock();

        clock.observeServerTime(SERVER_TIME);

        assertThat(clock.instant()).isEqualTo(SERVER_TIME);
        assertThat(clock.wallClockBehind()).isTrue();
    }

    @Test
    void theLeadIsMeasuredFromTheFloorWhenThePcClockWasSetBack() {
        TrustedClock clock = startClock();
        clock.observeServerTime(SERVER_TIME);
        pcClock.set(SERVER_TIME.minus(Duration.ofDays(400)));
        monotonicNanos.addAndGet(Duration.ofHours(20).toNanos());

        clock.observeServerTime(SERVER_TIME.plus(Duration.ofHours(40)));

        assertThat(clock.latestServerTime()).isEqualTo(SERVER_TIME.plus(Duration.ofHours(40)));
    }
}
