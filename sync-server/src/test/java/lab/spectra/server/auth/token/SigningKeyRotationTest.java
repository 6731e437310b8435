package lab.spectra.server.auth.token;

import static lab.spectra.server.auth.token.TokenFixtures.EMAIL;
import static lab.spectra.server.auth.token.TokenFixtures.ORGANIZATION;
import static lab.spectra.server.auth.token.TokenFixtures.SESSION;
import static lab.spectra.server.auth.token.TokenFixtures.SETTINGS;
import static lab.spectra.server.auth.token.TokenFixtures.USER;
import static lab.spectra.server.auth.token.TokenFixtures.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import lab.spectra.model.auth.Role;
import lab.spectra.server.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyRotationTest {

    private final TestClock clock = new TestClock();
    private final TokenSigningKeys original = TokenFixtures.RS256_KEYS;

    @Test
    void aTokenSignedBeforeRotationStillVerifiesAfterIt() {
        String before = new TokenService(original, SETTINGS, clock)
                .issueAccessToken(USER, ORGANIZATION, Role.PI, EMAIL, SESSION)
                .token();

        TokenService rotated = new TokenService(original.rotate(SigningAlgorithm.RS256, clock), SETTINGS, clock);

        assertThat(rotated.verify(before)).isInstanceOf(TokenVerification.Verified.class);
    }

    @Test
    void afterRotationTheNewKeySignsNewTokens() throws ParseException {
        TokenSigningKeys rotatedKeys = original.rotate(SigningAlgorithm.ES256, clock);
        TokenService rotated = new TokenService(rotatedKeys, SETTINGS, clock);

        String after = rotated.issueAccessToken(USER, ORGANIZATION, Role.PI, EMAIL, SESSION)
                .token();

        SignedJWT jwt = SignedJWT.parse(after);
        assertThat(rotatedKeys.activeKeyId()).isNotEqualTo(original.activeKeyId());
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(rotatedKeys.activeKeyId());
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("ES256");
        assertThat(rotatedKeys.keyIds()).containsExactly(rotatedKeys.activeKeyId(), original.activeKeyId());
        assertThat(rotated.verify(after)).isInstanceOf(TokenVerification.Verified.class);
    }

    @Test
    void aTokenOfTheNewKeyDoesNotVerifyWhereOnlyTheOldKeyIsKnown() {
        TokenService rotated = new TokenService(original.rotate(SigningAlgorithm.RS256, clock), SETTINGS, clock);
        String after = rotated.issueAccessToken(USER, ORGANIZATION, Role.PI, EMAIL, SESSION)
                .token();

        assertThat(rejectionOf(new TokenService(original, SETTINGS, clock).verify(after)))
                .isEqualTo(TokenRejection.UNKNOWN_KEY);
    }

    @Test
    void aRetiredKeyNoLongerVerifies() {
        String before = new TokenService(original, SETTINGS, clock)
                .issueAccessToken(USER, ORGANIZATION, Role.PI, EMAIL, SESSION)
                .token();
        TokenSigningKeys retired =
                original.rotate(SigningAlgorithm.RS256, clock).retire(original.activeKeyId());

        assertThat(rejectionOf(new TokenService(retired, SETTINGS, clock).verify(before)))
                .isEqualTo(TokenRejection.UNKNOWN_KEY);
        assertThat(retired.keyIds()).doesNotContain(original.activeKeyId());
    }

    @Test
    void theSigningKeyCannotBeRetired() {
        assertThatThrownBy(() -> original.retire(original.activeKeyId())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSavedKeySetLoadsBackAndKeepsVerifyingAndSigning(@TempDir Path directory) throws IOException {
        TokenSigningKeys rotated = original.rotate(SigningAlgorithm.ES256, clock);
        String before = new TokenService(rotated, SETTINGS, clock)
                .issueAccessToken(USER, ORGANIZATION, Role.PI, EMAIL, SESSION)
                .token();
        Path file = directory.resolve("keys").resolve("jwks.json");

        rotated.save(file);
        TokenSigningKeys loaded = TokenSigningKeys.load(file);

        assertThat(loaded.keyIds()).containsExactlyElementsOf(rotated.keyIds());
        assertThat(loaded.activeAlgorithm()).isEqualTo(SigningAlgorithm.ES256);
        TokenService reloaded = new TokenService(loaded, SETTINGS, clock);
        assertThat(reloaded.verify(before)).isInstanceOf(TokenVerification.Verified.class);
        assertThat(reloaded.verify(reloaded.issueAccessToken(USER, ORGANIZATION, Role.PI, EMAIL, SESSION)
                        .token()))
                .isInstanceOf(TokenVerification.Verified.class);
    }

    @Test
    void theSavedKeyFileIsReadableByItsOwnerOnly(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("jwks.json");

        original.save(file);
        original.save(file);

        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
        try (var siblings = Files.list(directory)) {
            assertThat(siblings).containsExactly(file);
        }
    }

    @Test
    void theDevelopmentSecretCannotBeRotatedOrSaved() {
        assertThatThrownBy(() -> TokenFixtures.HS256_KEYS.rotate(SigningAlgorithm.RS256, clock))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(TokenFixtures.HS256_KEYS::toJwkSetJson).isInstanceOf(IllegalStateException.class);
    }
}
