package lab.spectra.server.live;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds of the live-update streams of one server instance.
 *
 * @param perOrganization streams one organization may hold open on this instance
 * @param perInstance     streams this instance holds open in all
 * @param heartbeatEvery  how long a stream may stay silent before a comment line keeps it (and any
 *                        proxy on the way) from being taken for dead
 * @param stuckWriteLimit how long one write may stay unfinished before its reader is taken for too
 *                        slow and dropped (it reconnects, or falls back to polling)
 */
public record StreamSettings(int perOrganization, int perInstance, Duration heartbeatEvery, Duration stuckWriteLimit) {

    public static final StreamSettings DEFAULTS =
            new StreamSettings(200, 2_000, Duration.ofSeconds(15), Duration.ofSeconds(5));

    public StreamSettings {
        Objects.requireNonNull(heartbeatEvery, "heartbeatEvery");
        Objects.requireNonNull(stuckWriteLimit, "stuckWriteLimit");
        if (perOrganization < 1 || perInstance < perOrganization) {
            throw new IllegalArgumentException("Streams need 1 <= perOrganization <= perInstance");
        }
    }

    public StreamSettings withHeartbeatEvery(Duration every) {
        return new StreamSettings(perOrganization, perInstance, every, stuckWriteLimit);
    }

    public StreamSettings withCaps(int organization, int instance) {
        return new StreamSettings(organization, instance, heartbeatEvery, stuckWriteLimit);
    }
}
