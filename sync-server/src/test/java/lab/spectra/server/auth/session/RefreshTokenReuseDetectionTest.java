package lab.spectra.server.auth.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import lab.spectra.model.id.Ids;
import lab.spectra.server.testing.TestClock;
import org.junit.jupiter.api.Test;

class RefreshTokenReuseDetectionTest {

    private final TestClock clock = new TestClock();
    private final InMemoryRefreshTokenStore store = new InMemoryRefreshTokenStore();
    private final RefreshTokens refreshTokens = new RefreshTokens(store, clock);
    private final UUID user = Ids.newId();
    private final UUID organization = Ids.newId();

    private static RefreshRejection rejectionOf(RefreshRotation result) {
        return result instanceof RefreshRotation.Rejected rejected ? rejected.reason() : null;
    }

    private static String successorOf(RefreshRotation result) {
        return ((RefreshRotation.Rotated) result).newRefreshToken().token();
    }

    @Test
    void presentingASpentTokenIsRejectedAsReuse() {
        String stolen = refreshTokens.issue(user, organization).token();
        refreshTokens.rotate(stolen);

        assertThat(rejectionOf(refreshTokens.rotate(stolen))).isEqualTo(RefreshRejection.REUSED);
    }

    @Test
    void reuseRevokesTheWholeFamilyIncludingTheLatestToken() {
        String stolen = refreshTokens.issue(user, organization).token();
        String legitimate = successorOf(refreshTokens.rotate(stolen));

        refreshTokens.rotate(stolen);

        assertThat(rejectionOf(refreshTokens.rotate(legitimate))).isEqualTo(RefreshRejection.REVOKED);
    }

    @Test
    void reuseByTheThiefAfterTheClientMovedOnAlsoRevokesTheThiefsToken() {
        String original = refreshTokens.issue(user, organization).token();
        String thiefs = successorOf(refreshTokens.rotate(original));
        clock.advance(Duration.ofMinutes(20));

        // The legitimate client, unaware, presents its (now spent) copy of the original.
        assertThat(rejectionOf(refreshTokens.rotate(original))).isEqualTo(RefreshRejection.REUSED);
        assertThat(rejectionOf(refreshTokens.rotate(thiefs))).isEqualTo(RefreshRejection.REVOKED);
    }

    @Test
    void reuseIsDetectedEvenWhenTheSpentTokenHasExpired() {
        String old = refreshTokens.issue(user, organization).token();
        String current = successorOf(refreshTokens.rotate(old));
        clock.advance(Duration.ofDays(13));
        current = successorOf(refreshTokens.rotate(current));
        clock.advance(Duration.ofDays(2));

        assertThat(rejectionOf(refreshTokens.rotate(old))).isEqualTo(RefreshRejection.REUSED);
        assertThat(rejectionOf(refreshTokens.rotate(current))).isEqualTo(RefreshRejection.REVOKED);
    }

    @Test
    void reuseInOneFamilyLeavesTheUsersOtherSessionsAlone() {
        String laptop = refreshTokens.issue(user, organization).token();
        String bench = refreshTokens.issue(user, organization).token();
        refreshTokens.rotate(laptop);

        refreshTokens.rotate(laptop);

        assertThat(refreshTokens.rotate(bench)).isInstanceOf(RefreshRotation.Rotated.class);
    }
}
