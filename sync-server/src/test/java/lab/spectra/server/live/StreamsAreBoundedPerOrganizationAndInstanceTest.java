package lab.spectra.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The caps of the live-update streams: per organization, per instance, and a place given back. */
class StreamsAreBoundedPerOrganizationAndInstanceTest {

    private final UUID lab = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();

    @Test
    void anOrganizationAtItsCapGetsNoMoreStreamsWhileAnotherStillDoes() {
        try (OrganizationChanges changes = new OrganizationChanges(
                StreamSettings.DEFAULTS.withCaps(2, 3), (organization, session) -> false, Clock.systemUTC())) {
            assertThat(changes.reserve(lab)).isPresent();
            assertThat(changes.reserve(lab)).isPresent();
            assertThat(changes.reserve(lab)).as("the organization's cap").isEmpty();

            assertThat(changes.reserve(other)).isPresent();
            assertThat(changes.reserve(other)).as("the instance's cap").isEmpty();
        }
    }

    @Test
    void aReleasedPlaceAndAClosedStreamAreFreeAgain() throws Exception {
        try (OrganizationChanges changes = new OrganizationChanges(
                StreamSettings.DEFAULTS.withCaps(1, 1), (organization, session) -> false, Clock.systemUTC())) {
            changes.reserve(lab).orElseThrow().release();
            OrganizationChanges.Reservation place = changes.reserve(lab).orElseThrow();
            RecordingSink sink = new RecordingSink();
            place.attach(null, Instant.now().plus(Duration.ofMinutes(5)), sink);
            assertThat(changes.reserve(lab)).isEmpty();

            sink.hangUp();
            assertThat(changes.reserve(lab)).isPresent();
        }
    }
}
