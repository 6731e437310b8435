package lab.spectra.server.auth.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import lab.spectra.model.id.Ids;
import lab.spectra.server.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MalformedRefreshTokensAreRejectedTest {

    private final TestClock clock = new TestClock();
    private final RefreshTokens refreshTokens = new RefreshTokens(new InMemoryRefreshTokenStore(), clock);

    private static RefreshRejection rejectionOf(RefreshRotation result) {
        return result instanceof RefreshRotation.Rejected rejected ? rejected.reason() : null;
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "refresh",
                "eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl",
                "0190f5a2-7c1e-7a11-8000-000000000001",
                "0190f5a2-7c1e-7a11-8000-000000000001.",
                "0190f5a2-7c1e-7a11-8000-000000000001.AAAA",
                "0190f5a2-7c1e-7a11-8000-000000000001.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+",
                "not-a-uuid-not-a-uuid-not-a-uuid-xx.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
            })
    void somethingThatIsNotARefreshTokenIsRejectedAsMalformed(String token) {
        assertThat(rejectionOf(refreshTokens.rotate(token))).isEqualTo(RefreshRejection.MALFORMED);
    }

    @Test
    void aWellFormedTokenNobodyIssuedIsUnknown() {
        String invented = Ids.newId() + "." + "A".repeat(43);

        assertThat(rejectionOf(refreshTokens.rotate(invented))).isEqualTo(RefreshRejection.UNKNOWN);
    }

    @Test
    void theRightIdWithAWrongSecretIsUnknownAndDoesNotSpendTheToken() {
        IssuedRefreshToken issued = refreshTokens.issue(Ids.newId(), Ids.newId());
        String secret = issued.token().substring(37);
        String flipped = issued.tokenId() + "." + (secret.charAt(0) == 'A' ? 'B' : 'A') + secret.substring(1);

        assertThat(rejectionOf(refreshTokens.rotate(flipped))).isEqualTo(RefreshRejection.UNKNOWN);
        assertThat(refreshTokens.rotate(issued.token())).isInstanceOf(RefreshRotation.Rotated.class);
    }

    @Test
    void anUpperCasedIdIsNotTheIssuedToken() {
        IssuedRefreshToken issued = refreshTokens.issue(Ids.newId(), Ids.newId());
        String upper = issued.tokenId().toString().toUpperCase(Locale.ROOT)
                + issued.token().substring(36);

        assertThat(rejectionOf(refreshTokens.rotate(upper))).isEqualTo(RefreshRejection.MALFORMED);
    }
}
