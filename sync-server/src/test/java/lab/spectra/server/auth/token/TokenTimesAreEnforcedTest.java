package lab.spectra.server.auth.token;

import static lab.spectra.server.auth.token.TokenFixtures.EMAIL;
import static lab.spectra.server.auth.token.TokenFixtures.ORGANIZATION;
import static lab.spectra.server.auth.token.TokenFixtures.RS256_KEYS;
import static lab.spectra.server.auth.token.TokenFixtures.SESSION;
import static lab.spectra.server.auth.token.TokenFixtures.SETTINGS;
import static lab.spectra.server.auth.token.TokenFixtures.USER;
import static lab.spectra.server.auth.token.TokenFixtures.accessClaims;
import static lab.spectra.server.auth.token.TokenFixtures.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import lab.spectra.model.auth.Role;
import lab.spectra.server.testing.TestClock;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class TokenTimesAreEnforcedTest {

    private final TestClock clock = new TestClock();
    private final TokenService tokens = new TokenService(RS256_KEYS, SETTINGS, clock);

    @Test
    void anExpiredTokenIsRejected() {
        String token = tokens.issueAccessToken(USER, ORGANIZATION, Role.ENGINEER, EMAIL, SESSION)
                .token();

        clock.advance(Duration.ofMinutes(15).plusSeconds(30));

        assertThat(rejectionOf(tokens.verify(token))).isEqualTo(TokenRejection.EXPIRED);
    }

    @Test
    void aTokenJustPastItsExpiryIsStillAcceptedWithinTheClockSkew() {
        String token = tokens.issueAccessToken(USER, ORGANIZATION, Role.ENGINEER, EMAIL, SESSION)
                .token();

        clock.advance(Duration.ofMinutes(15).plusSeconds(29));

        assertThat(tokens.verify(token)).isInstanceOf(TokenVerification.Verified.class);
    }

    @Test
    void aTokenWhoseNotBeforeLiesInTheFutureIsRejected() {
        Instant now = clock.instant();
        String token = TokenFixtures.signedWith(
                RS256_KEYS,
                accessClaims(now)
                        .notBeforeTime(Date.from(now.plus(Duration.ofMinutes(5))))
                        .build());

        assertThat(rejectionOf(tokens.verify(token))).isEqualTo(TokenRejection.NOT_YET_VALID);
    }

    @Test
    void aNotBeforeWithinTheClockSkewIsAccepted() {
        Instant now = clock.instant();
        String token = TokenFixtures.signedWith(
                RS256_KEYS,
                accessClaims(now).notBeforeTime(Date.from(now.plusSeconds(30))).build());

        assertThat(tokens.verify(token)).isInstanceOf(TokenVerification.Verified.class);
    }

    @Test
    void aTokenIssuedInTheFutureIsRejected() {
        Instant later = clock.instant().plus(Duration.ofHours(1));
        String token = TokenFixtures.signedWith(
                RS256_KEYS,
                accessClaims(clock.instant()).issueTime(Date.from(later)).build());

        assertThat(rejectionOf(tokens.verify(token))).isEqualTo(TokenRejection.NOT_YET_VALID);
    }

    @Test
    void aTokenWithoutExpiryOrIssueTimeIsRejected() {
        String noExpiry = TokenFixtures.signedWith(
                RS256_KEYS, accessClaims(clock.instant()).expirationTime(null).build());
        String noIssueTime = TokenFixtures.signedWith(
                RS256_KEYS, accessClaims(clock.instant()).issueTime(null).build());

        assertThat(rejectionOf(tokens.verify(noExpiry))).isEqualTo(TokenRejection.MISSING_CLAIM);
        assertThat(rejectionOf(tokens.verify(noIssueTime))).isEqualTo(TokenRejection.MISSING_CLAIM);
    }

    @Test
    void aLifetimeLongerThanAnHourIsRefused() {
        Assertions.assertThatThrownBy(() -> SETTINGS.withAccessTokenLifetime(Duration.ofHours(8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
