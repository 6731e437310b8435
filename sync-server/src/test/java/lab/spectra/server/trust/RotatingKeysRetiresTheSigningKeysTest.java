package lab.spectra.server.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import lab.spectra.model.auth.Role;
import lab.spectra.model.id.Ids;
import lab.spectra.server.KeyRotation;
import lab.spectra.server.auth.token.SigningAlgorithm;
import lab.spectra.server.auth.token.TokenService;
import lab.spectra.server.auth.token.TokenSettings;
import lab.spectra.server.auth.token.TokenSigningKeys;
import lab.spectra.server.auth.token.TokenVerification;
import lab.spectra.server.config.Mode;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.db.DatabaseSettings;
import lab.spectra.server.signing.RecordSigningKeys;
import org.junit.jupiter.api.Test;

/**
 * The {@code rotate-keys} command: a new key signs; the one it replaces can no longer sign (its
 * private half is gone) but still verifies what it signed; record-signing keys are never dropped,
 * token keys once nothing they signed can be valid.
 */
class RotatingKeysRetiresTheSigningKeysTest {

    private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

    private static ServerConfig production(Path directory) {
        return ServerConfig.builder(
                        Mode.PROD,
                        DatabaseSettings.of(
                                "jdbc:postgresql://localhost/unused",
                                new DatabaseSettings.Credentials("app", ""),
                                new DatabaseSettings.Credentials("login", ""),
                                new DatabaseSettings.Credentials("owner", "")),
                        directory)
                .tokens(new ServerConfig.Tokens(
                        "https://lims.example.org",
                        "spectra-lab",
                        SigningAlgorithm.ES256,
                        "",
                        directory.resolve("signing-keys.jwks.json"),
                        Duration.ofMinutes(15),
                        Duration.ofDays(14)))
                .build();
    }

    private static List<JWK> keysIn(Path file) throws Exception {
        return JWKSet.parse(Files.readString(file, StandardCharsets.UTF_8)).getKeys();
    }

    private static TokenService tokensOf(TokenSigningKeys keys, Clock clock) {
        return new TokenService(keys, TokenSettings.of("https://lims.example.org", "spectra-lab"), clock);
    }

    @Test
    void theNewKeysSignAndTheOldOnesOnlyVerify() throws Exception {
        Path directory = Files.createTempDirectory("spectra-rotate-");
        ServerConfig config = production(directory);
        Clock before = Clock.fixed(T0, ZoneOffset.UTC);
        TokenSigningKeys original = TokenSigningKeys.generate(SigningAlgorithm.ES256, before);
        original.save(config.tokens().jwkSetFile());
        RecordSigningKeys records = RecordSigningKeys.loadOrCreate(config.recordKeyFile(), before);
        String token = tokensOf(original, before)
                .issueAccessToken(Ids.newId(), Ids.newId(), Role.PI, "pi@lab.test", Ids.newId())
                .token();

        Clock after = Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC);
        KeyRotation.Rotated rotated = KeyRotation.rotate(config, after);

        TokenSigningKeys reloaded = TokenSigningKeys.load(config.tokens().jwkSetFile());
        assertThat(rotated.tokenKeys()).contains(reloaded.keyIds());
        assertThat(reloaded.keyIds()).hasSize(2).endsWith(original.activeKeyId());
        assertThat(reloaded.activeKeyId()).isNotEqualTo(original.activeKeyId());
        assertThat(keysIn(config.tokens().jwkSetFile()).get(1).isPrivate())
                .as("the retired token key has no private half left")
                .isFalse();
        assertThat(tokensOf(reloaded, after).verify(token)).isInstanceOf(TokenVerification.Verified.class);

        assertThat(rotated.recordKeys()).hasSize(2).endsWith(records.keyIds().get(0));
        List<JWK> recordKeys = keysIn(config.recordKeyFile());
        assertThat(recordKeys.get(0).isPrivate()).isTrue();
        assertThat(recordKeys.get(1).isPrivate()).isFalse();
    }

    @Test
    void tokenKeysRetiredLongAgoAreDroppedRecordKeysNever() throws Exception {
        Path directory = Files.createTempDirectory("spectra-rotate-");
        ServerConfig config = production(directory);
        TokenSigningKeys.generate(SigningAlgorithm.ES256, Clock.fixed(T0, ZoneOffset.UTC))
                .save(config.tokens().jwkSetFile());
        RecordSigningKeys.loadOrCreate(config.recordKeyFile(), Clock.fixed(T0, ZoneOffset.UTC));

        KeyRotation.rotate(config, Clock.fixed(T0.plus(Duration.ofDays(30)), ZoneOffset.UTC));
        KeyRotation.Rotated third =
                KeyRotation.rotate(config, Clock.fixed(T0.plus(Duration.ofDays(60)), ZoneOffset.UTC));

        assertThat(third.tokenKeys().orElseThrow())
                .as("the first token key was retired 30 days ago: no token of it can be valid")
                .hasSize(2);
        assertThat(third.recordKeys()).as("every record key is kept").hasSize(3);
    }
}
