package lab.spectra.desktop.chaos;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A bench PC's clock that a scenario sets ahead or back, as a person or a failing battery would. */
final class SkewableClock extends Clock {

    private volatile Duration skew = Duration.ZERO;

    void skew(Duration by) {
        skew = by;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(skew);
    }
}
