package lab.spectra.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import lab.spectra.desktop.sync.SyncStatus;
import lab.spectra.desktop.sync.SyncStatus.Connectivity;
import org.junit.jupiter.api.Test;

/**
 * Which sync outcomes get a notification: newly refused changes, syncing that stops working, and
 * syncing that works again; never a plain success or the next retry failing the same way. No
 * window and no server: the decision alone.
 */
class OnlyRefusalsAndTurnsBetweenWorkingAndFailingAreAnnouncedTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final String OFFLINE =
            "The server cannot be reached; your changes are kept on this PC and sent later";

    private static SyncStatus settled(Connectivity connectivity, int pending, int problems, String error) {
        return new SyncStatus(connectivity, SyncStatus.Phase.IDLE, pending, 0, 0, 0, 0, problems, NOW, error);
    }

    private static final SyncStatus WORKING = settled(Connectivity.ONLINE, 0, 0, null);

    @Test
    void changesTheServerRefusedAreCountedInTheNotice() {
        Optional<SyncNotice> notice = SyncNotice.between(WORKING, settled(Connectivity.ONLINE, 0, 2, null));

        assertThat(notice).hasValueSatisfying(refused -> {
            assertThat(refused.kind()).isEqualTo(SyncNotice.Kind.REFUSED);
            assertThat(refused.title()).isEqualTo("The server refused 2 changes");
        });
    }

    @Test
    void goingOfflineIsAnnouncedOnceNotAtEveryRetry() {
        SyncStatus offline = settled(Connectivity.OFFLINE, 3, 0, OFFLINE);

        assertThat(SyncNotice.between(WORKING, offline))
                .hasValueSatisfying(notice -> assertThat(notice.kind()).isEqualTo(SyncNotice.Kind.OFFLINE));
        assertThat(SyncNotice.between(offline, settled(Connectivity.OFFLINE, 4, 0, OFFLINE)))
                .isEmpty();
    }

    @Test
    void aServerErrorIsAFailureInItsOwnWords() {
        String error = "The server had an internal error (HTTP 500); your changes are kept on this PC and sent later";

        assertThat(SyncNotice.between(WORKING, settled(Connectivity.SERVER_ERROR, 1, 0, error)))
                .contains(new SyncNotice(SyncNotice.Kind.FAILED, "Sync failed", error));
    }

    @Test
    void theFirstSyncThatWorksAgainIsAnnounced() {
        assertThat(SyncNotice.between(settled(Connectivity.OFFLINE, 1, 0, OFFLINE), WORKING))
                .hasValueSatisfying(notice -> {
                    assertThat(notice.kind()).isEqualTo(SyncNotice.Kind.RECOVERED);
                    assertThat(notice.text()).isEqualTo("Every change made here has reached the server.");
                });
    }

    @Test
    void aPlainSuccessOrAnAcknowledgedProblemIsNotAnnounced() {
        assertThat(SyncNotice.between(WORKING, settled(Connectivity.ONLINE, 0, 0, null)))
                .isEmpty();
        assertThat(SyncNotice.between(settled(Connectivity.ONLINE, 0, 1, null), WORKING))
                .isEmpty();
    }
}
