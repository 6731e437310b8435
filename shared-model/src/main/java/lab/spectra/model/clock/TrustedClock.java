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
 *
 * <p>A server time far ahead of this PC's own reading is not taken as the floor: a misconfigured
 * server clock, or anyone able to answer in the server's place, would otherwise lock every
 * instrument on this bench until that date (the floor is kept across restarts and never goes
 * down). Such a time is reported, not obeyed; the server still judges every command by its own
 * clock.
 */
public final class TrustedClock extends Clock {

    /** How far ahead of this PC's reading a server time may be and still raise the floor. */
    public static final Duration DEFAULT_MAX_SERVER_LEAD = Duration.ofDays(1);

    /** What became of a server time shown to the clock. */
    public enum Observation {
        /** Newer than the floor and plausible: it is the floor now, also after a restart. */
        RAISED_FLOOR,
        /** Not newer than what the clock already knows; nothing changed. */
        NOT_NEWER,
        /** Further ahead of this PC's reading than the allowed lead; ignored. */
        IMPLAUSIBLY_FAR_AHEAD
    }

    private final Clock wallClock;
    private final LongSupplier monotonicNanos;
    private final ServerTimeStore store;
    private final Duration maxServerLead;
    private final Object lock = new Object();

    private Instant serverTimeFloor;
    private long nanosWhenSeen;
    private boolean seenInThisProcess;

    public TrustedClock(Clock wallClock, LongSupplier monotonicNanos, ServerTimeStore store) {
        this(wallClock, monotonicNanos, store, DEFAULT_MAX_SERVER_LEAD);
    }

    /**
     * @param maxServerLead how far ahead of this PC's reading a server time may be and still raise
     *                      the floor; generous enough for a PC clock that is a time zone off
     */
    public TrustedClock(Clock wallClock, LongSupplier monotonicNanos, ServerTimeStore store, Duration maxServerLead) {
        this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
        this.monotonicNanos = Objects.requireNonNull(monotonicNanos, "monotonicNanos");
        this.store = Objects.requireNonNull(store, "store");
        this.maxServerLead = Objects.requireNonNull(maxServerLead, "maxServerLead");
        this.serverTimeFloor = store.load().orElse(Instant.EPOCH);
    }

    /** The system clock with the JVM's monotonic timer. */
    public static TrustedClock system(ServerTimeStore store) {
        return new TrustedClock(Clock.systemUTC(), System::nanoTime, store);
    }

    /**
     * Call with the time a server response carried. Older times than the floor are ignored, and so
     * are times further ahead of this PC's own reading (the later of its wall clock and the floor)
     * than the allowed lead.
     */
    public Observation observeServerTime(Instant serverTime) {
        Objects.requireNonNull(serverTime, "serverTime");
        Instant wall = wallClock.instant();
        synchronized (lock) {
            Instant floor = floor();
            if (!serverTime.isAfter(floor)) {
                return Observation.NOT_NEWER;
            }
            Instant ownReading = wall.isAfter(floor) ? wall : floor;
            if (serverTime.isAfter(ownReading.plus(maxServerLead))) {
                return Observation.IMPLAUSIBLY_FAR_AHEAD;
            }
            serverTimeFloor = serverTime;
            nanosWhenSeen = monotonicNanos.getAsLong();
            seenInThisProcess = true;
            store.save(serverTime);
            return Observation.RAISED_FLOOR;
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
