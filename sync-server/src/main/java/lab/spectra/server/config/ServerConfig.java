package lab.spectra.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import lab.spectra.server.db.DatabaseSettings;

/**
 * Everything the server is configured with. Built by {@link ServerConfigLoader} from environment
 * variables and an optional properties file; tests build it directly.
 *
 * @param jwtAlgorithm  HS256 (development), ES256 or RS256
 * @param jwtSecret     the HS256 secret; empty for ES256/RS256
 * @param jwkSetFile    where ES256/RS256 signing keys are kept (created on first start)
 * @param oidc          an external identity provider whose tokens are also accepted
 */
public record ServerConfig(
        Mode mode,
        String host,
        int port,
        DatabaseSettings database,
        Path dataDirectory,
        String issuer,
        String audience,
        String jwtAlgorithm,
        String jwtSecret,
        Path jwkSetFile,
        Duration accessTokenLifetime,
        Duration refreshTokenLifetime,
        boolean loadDemoData,
        long maxRequestBytes,
        Optional<OidcSettings> oidc) {

    /**
     * How tokens of an external OpenID Connect provider are accepted.
     *
     * @param roleClaim   the claim holding the person's role in the provider's terms
     * @param roleMapping provider role value to lab role wire name, e.g. {@code lab-pi=pi}
     */
    public record OidcSettings(
            String issuer,
            String audience,
            String jwksUrl,
            String roleClaim,
            Map<String, String> roleMapping,
            String organizationClaim) {}

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(
                mode,
                host,
                newPort,
                database,
                dataDirectory,
                issuer,
                audience,
                jwtAlgorithm,
                jwtSecret,
                jwkSetFile,
                accessTokenLifetime,
                refreshTokenLifetime,
                loadDemoData,
                maxRequestBytes,
                oidc);
    }

    public ServerConfig withDemoData(boolean load) {
        return new ServerConfig(
                mode,
                host,
                port,
                database,
                dataDirectory,
                issuer,
                audience,
                jwtAlgorithm,
                jwtSecret,
                jwkSetFile,
                accessTokenLifetime,
                refreshTokenLifetime,
                load,
                maxRequestBytes,
                oidc);
    }

    @Override
    public String toString() {
        return "ServerConfig[mode=" + mode + ", " + host + ":" + port + ", " + database + ", issuer=" + issuer
                + ", alg=" + jwtAlgorithm + "]";
    }
}
