package lab.spectra.server.auth.token;

import static lab.spectra.server.auth.token.TokenFixtures.EMAIL;
import static lab.spectra.server.auth.token.TokenFixtures.ORGANIZATION;
import static lab.spectra.server.auth.token.TokenFixtures.SESSION;
import static lab.spectra.server.auth.token.TokenFixtures.SETTINGS;
import static lab.spectra.server.auth.token.TokenFixtures.USER;
import static lab.spectra.server.auth.token.TokenFixtures.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import lab.spectra.model.auth.Role;
import lab.spectra.server.testing.TestClock;
import org.junit.jupiter.api.Test;

class DevelopmentSecretTest {

    private final TestClock clock = new TestClock();

    @Test
    void aSecretShorterThan32BytesIsRefusedWithAClearMessage() {
        byte[] shortSecret = "changeme".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> TokenSigningKeys.hmacSha256(shortSecret))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("8 bytes")
                .hasMessageContaining("at least 32");
        assertThatThrownBy(() -> TokenSigningKeys.hmacSha256(new byte[31]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSecretOf32BytesSignsAndVerifies() {
        TokenSigningKeys keys = TokenSigningKeys.hmacSha256(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
            17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32
        });
        TokenService tokens = new TokenService(keys, SETTINGS, clock);

        String token = tokens.issueAccessToken(USER, ORGANIZATION, Role.ENGINEER, EMAIL, SESSION)
                .token();

        assertThat(keys.isSymmetric()).isTrue();
        assertThat(keys.activeAlgorithm()).isEqualTo(SigningAlgorithm.HS256);
        assertThat(tokens.verify(token)).isInstanceOf(TokenVerification.Verified.class);
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRejected() {
        TokenService tokens = new TokenService(TokenFixtures.HS256_KEYS, SETTINGS, clock);
        TokenService other = new TokenService(
                TokenSigningKeys.hmacSha256(
                        "another-secret-of-at-least-thirty-two-bytes".getBytes(StandardCharsets.UTF_8)),
                SETTINGS,
                clock);

        String foreign = other.issueAccessToken(USER, ORGANIZATION, Role.ADMIN, EMAIL, SESSION)
                .token();

        assertThat(rejectionOf(tokens.verify(foreign))).isEqualTo(TokenRejection.BAD_SIGNATURE);
    }

    @Test
    void aServiceWithTheSecretRejectsTokensSignedWithKeyPairs() {
        TokenService tokens = new TokenService(TokenFixtures.HS256_KEYS, SETTINGS, clock);
        String rsToken = new TokenService(TokenFixtures.RS256_KEYS, SETTINGS, clock)
                .issueAccessToken(USER, ORGANIZATION, Role.ADMIN, EMAIL, SESSION)
                .token();

        assertThat(rejectionOf(tokens.verify(rsToken))).isEqualTo(TokenRejection.ALGORITHM_NOT_ALLOWED);
    }

    @Test
    void keyPairsCannotBeGeneratedForHs256() {
        assertThatThrownBy(() -> TokenSigningKeys.generate(SigningAlgorithm.HS256, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCallersSecretArrayIsCopied() {
        byte[] secret = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
        TokenService tokens = new TokenService(TokenSigningKeys.hmacSha256(secret), SETTINGS, clock);
        String token = tokens.issueAccessToken(USER, ORGANIZATION, Role.ADMIN, EMAIL, SESSION)
                .token();

        Arrays.fill(secret, (byte) 0);

        assertThat(tokens.verify(token)).isInstanceOf(TokenVerification.Verified.class);
    }
}
