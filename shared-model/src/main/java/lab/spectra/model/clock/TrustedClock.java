package lab.spectra.model.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The time offline checks are made with. A bench PC's wall clock can be set back, which must not
 * make an expired certificate valid again, so this clock never reports less than:
 * <ul>
 *   <li>the latest server time seen (persisted, so it also holds after a restart), and</li>
 *   <li>that server time plus the time elapsed since it was seen, measured with the monotonic
 *       timer, which the wall clock does not move (only within this process).</li>
 * </ul>
 * A wall clock ahead of both is believed: running ahead can only lock instruments earlier,
 * never later. See ADR 0003.
 */
public final class TrustedClock extends Clock {

    private final Clock wallClock;
    private final LongSupplier monotonicNanos;
    private final ServerTimeStore store;
    private final Object lock = new Object();

    private Instant serverTimeFloor;
    private long nanosWhenSeen;
    private boolean seenInThisProcess;

    public TrustedClock(Clock wallClock, LongSupplier monotonicNanos, ServerTimeStore store) {
        this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
        this.monotonicNanos = Objects.requireNonNull(monotonicNanos, "monotonicNanos");
        this.store = Objects.requireNonNull(store, "store");
        this.serverTimeFloor = store.load().orElse(Instant.EPOCH);
    }

    /** The system clock with the JVM's monotonic timer. */
    public static TrustedClock system(ServerTimeStore store) {
        return new TrustedClock(Clock.systemUTC(), System::nanoTime, store);
    }

    /** Call with the time a server response carried. Older times than the floor are ignored. */
    public void observeServerTime(Instant serverTime) {
        Objects.requireNonNull(serverTime, "serverTime");
        synchronized (lock) {
            if (serverTime.isAfter(floor())) {
                serverTimeFloor = serverTime;
                nanosWhenSeen = monotonicNanos.getAsLong();
                seenInThisProcess = true;
                store.save(serverTime);
            }
        }
    }

    /** The latest server time seen, without the elapsed time added. */
    public Instant latestServerTime() {
        synchronized (lock) {
            return serverTimeFloor;
        }
    }

    @Override
    public Instant instant() {
        Instant wall = wallClock.instant();
        Instant floor;
        synchronized (lock) {
            floor = floor();
        }
        return wall.isBefore(floor) ? floor : wall;
    }

    /** True when the wall clock is behind what this clock knows to be the least possible time. */
    public boolean wallClockBehind() {
        return wallClock.instant().isBefore(instant());
    }

    private Instant floor() {
        if (!seenInThisProcess) {
            return serverTimeFloor;
        }
        long elapsed = Math.max(0, monotonicNanos.getAsLong() - nanosWhenSeen);
        return serverTimeFloor.plus(Duration.ofNanos(elapsed));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The trusted clock always works in UTC");
    }
}
