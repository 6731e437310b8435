package lab.spectra.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import lab.spectra.server.auth.token.SigningAlgorithm;
import lab.spectra.server.auth.token.TokenSigningKeys;
import lab.spectra.server.config.ConfigException;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.signing.RecordSigningKeys;

/**
 * The {@code rotate-keys} command: a new token signing key and a new record-signing key, each
 * written to its file; the keys they replace are retired, never used to sign again, and their
 * public halves stay published for verification (token keys until no token they signed can be
 * valid, record keys for good). Running servers read the files at start.
 */
public final class KeyRotation {

    /**
     * What was rotated.
     *
     * @param tokenKeys  the token key ids after rotation, the signing one first; empty when tokens
     *                   are signed with the HS256 secret, which has no key file to rotate
     * @param recordKeys the record-signing key ids after rotation, the signing one first
     */
    public record Rotated(Optional<List<String>> tokenKeys, List<String> recordKeys) {}

    private KeyRotation() {}

    public static Rotated rotate(ServerConfig config, Clock clock) {
        Optional<List<String>> tokenKeys = Optional.empty();
        ServerConfig.Tokens tokens = config.tokens();
        try {
            if (tokens.algorithm() != SigningAlgorithm.HS256) {
                Path file = tokens.jwkSetFile();
                if (!Files.exists(file)) {
                    throw new ConfigException(
                            "No token key file at " + file + "; the server creates it at its first start");
                }
                // Longer than any access token lives (one hour at most) plus clock skew.
                Duration keepRetired = tokens.accessTokenLifetime().plus(Duration.ofMinutes(5));
                TokenSigningKeys rotated =
                        TokenSigningKeys.load(file).rotateRetiring(tokens.algorithm(), clock, keepRetired);
                rotated.save(file);
                tokenKeys = Optional.of(rotated.keyIds());
            }
            RecordSigningKeys records = RecordSigningKeys.loadOrCreate(config.recordKeyFile(), clock)
                    .rotate(clock);
            records.save(config.recordKeyFile());
            return new Rotated(tokenKeys, records.keyIds());
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("Cannot rotate the keys: " + e.getMessage());
        }
    }
}
