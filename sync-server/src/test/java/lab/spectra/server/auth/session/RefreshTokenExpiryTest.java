package lab.spectra.server.auth.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import lab.spectra.model.id.Ids;
import lab.spectra.server.testing.TestClock;
import org.junit.jupiter.api.Test;

class RefreshTokenExpiryTest {

    private final TestClock clock = new TestClock();
    private final InMemoryRefreshTokenStore store = new InMemoryRefreshTokenStore();
    private final RefreshTokens refreshTokens = new RefreshTokens(store, clock);
    private final UUID user = Ids.newId();
    private final UUID organization = Ids.newId();

    private static RefreshRejection rejectionOf(RefreshRotation result) {
        return result instanceof RefreshRotation.Rejected rejected ? rejected.reason() : null;
    }

    @Test
    void aTokenUnusedForFourteenDaysHasExpired() {
        String token = refreshTokens.issue(user, organization).token();

        clock.advance(Duration.ofDays(14));

        assertThat(rejectionOf(refreshTokens.rotate(token))).isEqualTo(RefreshRejection.EXPIRED);
    }

    @Test
    void aTokenIsStillExchangedJustBeforeItsExpiry() {
        String token = refreshTokens.issue(user, organization).token();

        clock.advance(Duration.ofDays(14).minusSeconds(1));

        assertThat(refreshTokens.rotate(token)).isInstanceOf(RefreshRotation.Rotated.class);
    }

    @Test
    void anExpiredTokenIsNotSpentAndDoesNotRevokeItsFamily() {
        IssuedRefreshToken token = refreshTokens.issue(user, organization);
        clock.advance(Duration.ofDays(15));

        refreshTokens.rotate(token.token());

        StoredRefreshToken stored = store.findById(token.tokenId()).orElseThrow();
        assertThat(stored.isUsed()).isFalse();
        assertThat(stored.isRevoked()).isFalse();
    }

    @Test
    void aSessionEndsAfterNinetyDaysHoweverOftenItIsRotated() {
        String token = refreshTokens.issue(user, organization).token();
        RefreshRotation result = null;
        for (int day = 10; day < 90; day += 10) {
            clock.advance(Duration.ofDays(10));
            result = refreshTokens.rotate(token);
            token = ((RefreshRotation.Rotated) result).newRefreshToken().token();
        }
        IssuedRefreshToken last = ((RefreshRotation.Rotated) result).newRefreshToken();

        assertThat(last.expiresAt()).isEqualTo(TestClock.START.plus(Duration.ofDays(90)));
        clock.set(TestClock.START.plus(Duration.ofDays(90)));
        assertThat(rejectionOf(refreshTokens.rotate(token))).isEqualTo(RefreshRejection.EXPIRED);
    }

    @Test
    void purgingDeletesTokensLongExpiredAndKeepsRecentOnes() {
        IssuedRefreshToken old = refreshTokens.issue(user, organization);
        clock.advance(Duration.ofDays(120));
        IssuedRefreshToken recent = refreshTokens.issue(user, organization);

        assertThat(refreshTokens.purgeExpired()).isEqualTo(1);

        assertThat(store.findById(old.tokenId())).isEmpty();
        assertThat(store.findById(recent.tokenId())).isPresent();
    }
}
