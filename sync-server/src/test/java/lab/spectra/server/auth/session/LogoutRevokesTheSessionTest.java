package lab.spectra.server.auth.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import lab.spectra.model.id.Ids;
import lab.spectra.server.testing.TestClock;
import org.junit.jupiter.api.Test;

class LogoutRevokesTheSessionTest {

    private final TestClock clock = new TestClock();
    private final InMemoryRefreshTokenStore store = new InMemoryRefreshTokenStore();
    private final RefreshTokens refreshTokens = new RefreshTokens(store, clock);
    private final UUID user = Ids.newId();
    private final UUID organization = Ids.newId();

    private static RefreshRejection rejectionOf(RefreshRotation result) {
        return result instanceof RefreshRotation.Rejected rejected ? rejected.reason() : null;
    }

    @Test
    void aLoggedOutTokenIsRejectedAsRevoked() {
        String token = refreshTokens.issue(user, organization).token();

        assertThat(refreshTokens.revoke(token)).isTrue();

        assertThat(rejectionOf(refreshTokens.rotate(token))).isEqualTo(RefreshRejection.REVOKED);
    }

    @Test
    void loggingOutWithASpentTokenStillEndsTheSession() {
        String first = refreshTokens.issue(user, organization).token();
        String current = ((RefreshRotation.Rotated) refreshTokens.rotate(first))
                .newRefreshToken()
                .token();

        assertThat(refreshTokens.revoke(first)).isTrue();

        assertThat(rejectionOf(refreshTokens.rotate(current))).isEqualTo(RefreshRejection.REVOKED);
    }

    @Test
    void logoutNeedsTheSecretNotJustTheTokenId() {
        IssuedRefreshToken issued = refreshTokens.issue(user, organization);
        String guessed = issued.tokenId() + "." + "A".repeat(43);

        assertThat(refreshTokens.revoke(guessed)).isFalse();
        assertThat(refreshTokens.revoke("garbage")).isFalse();
        assertThat(refreshTokens.revoke(null)).isFalse();

        assertThat(refreshTokens.rotate(issued.token())).isInstanceOf(RefreshRotation.Rotated.class);
    }

    @Test
    void loggingOutOneSessionLeavesTheOthers() {
        String laptop = refreshTokens.issue(user, organization).token();
        String bench = refreshTokens.issue(user, organization).token();

        refreshTokens.revoke(laptop);

        assertThat(refreshTokens.rotate(bench)).isInstanceOf(RefreshRotation.Rotated.class);
    }

    @Test
    void revokingAllOfAUsersSessionsEndsEveryFamilyOfThatUserOnly() {
        String laptop = refreshTokens.issue(user, organization).token();
        String bench = refreshTokens.issue(user, organization).token();
        String colleague = refreshTokens.issue(Ids.newId(), organization).token();

        assertThat(refreshTokens.revokeAllForUser(user)).isEqualTo(2);

        assertThat(rejectionOf(refreshTokens.rotate(laptop))).isEqualTo(RefreshRejection.REVOKED);
        assertThat(rejectionOf(refreshTokens.rotate(bench))).isEqualTo(RefreshRejection.REVOKED);
        assertThat(refreshTokens.rotate(colleague)).isInstanceOf(RefreshRotation.Rotated.class);
    }
}
