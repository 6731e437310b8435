package lab.spectra.server.auth.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import lab.spectra.model.id.Ids;
import lab.spectra.server.testing.TestClock;
import org.junit.jupiter.api.Test;

class RefreshTokenRotationTest {

    private final TestClock clock = new TestClock();
    private final InMemoryRefreshTokenStore store = new InMemoryRefreshTokenStore();
    private final RefreshTokens refreshTokens = new RefreshTokens(store, clock);
    private final UUID user = Ids.newId();
    private final UUID organization = Ids.newId();

    @Test
    void anIssuedTokenIsAnIdAndA256BitUrlSafeSecret() {
        IssuedRefreshToken issued = refreshTokens.issue(user, organization);

        String[] parts = issued.token().split("\\.", -1);
        assertThat(parts).hasSize(2);
        assertThat(parts[0]).isEqualTo(issued.tokenId().toString());
        assertThat(parts[1]).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(parts[1])).hasSize(32);
        assertThat(issued.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(14)));
    }

    @Test
    void theStoreKeepsOnlyTheSha256OfTheSecret() throws Exception {
        IssuedRefreshToken issued = refreshTokens.issue(user, organization);
        String secret = issued.token().split("\\.", -1)[1];

        StoredRefreshToken stored = store.findById(issued.tokenId()).orElseThrow();

        byte[] expected = MessageDigest.getInstance("SHA-256")
                .digest(Base64.getUrlDecoder().decode(secret));
        assertThat(stored.secretHash()).isEqualTo(HexFormat.of().formatHex(expected));
        assertThat(stored.toString()).doesNotContain(secret);
        assertThat(stored.secretHash()).doesNotContain(secret);
        assertThat(issued.toString()).doesNotContain(secret);
        assertThat(stored.secretHash().getBytes(StandardCharsets.US_ASCII)).hasSize(64);
    }

    @Test
    void rotatingGivesANewTokenInTheSameFamilyForTheSameUser() {
        IssuedRefreshToken first = refreshTokens.issue(user, organization);

        RefreshRotation result = refreshTokens.rotate(first.token());

        assertThat(result).isInstanceOf(RefreshRotation.Rotated.class);
        RefreshRotation.Rotated rotated = (RefreshRotation.Rotated) result;
        assertThat(rotated.userId()).isEqualTo(user);
        assertThat(rotated.organizationId()).isEqualTo(organization);
        assertThat(rotated.familyId()).isEqualTo(first.familyId());
        assertThat(rotated.newRefreshToken().familyId()).isEqualTo(first.familyId());
        assertThat(rotated.newRefreshToken().token()).isNotEqualTo(first.token());
        assertThat(store.findById(first.tokenId()).orElseThrow().usedAt()).isEqualTo(clock.instant());
    }

    @Test
    void theSuccessorCanItselfBeRotatedAgainAndAgain() {
        String token = refreshTokens.issue(user, organization).token();

        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofDays(1));
            RefreshRotation result = refreshTokens.rotate(token);
            assertThat(result).isInstanceOf(RefreshRotation.Rotated.class);
            token = ((RefreshRotation.Rotated) result).newRefreshToken().token();
        }
    }

    @Test
    void eachLoginStartsItsOwnFamily() {
        IssuedRefreshToken laptop = refreshTokens.issue(user, organization);
        IssuedRefreshToken bench = refreshTokens.issue(user, organization);

        assertThat(laptop.familyId()).isNotEqualTo(bench.familyId());
    }
}
