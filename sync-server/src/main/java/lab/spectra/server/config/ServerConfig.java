package lab.spectra.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lab.spectra.server.auth.LoginThrottleSettings;
import lab.spectra.server.auth.SigningAlgorithm;
import lab.spectra.server.db.DatabaseSettings;

/**
 * Everything the server is configured with, in groups. Built by {@link ServerConfigLoader} from
 * environment variables and an optional properties file; tests use {@link #builder}.
 *
 * @param dataDirectory where the server keeps its files (development database, generated keys)
 * @param recordKeyFile the record-signing keys (time receipts, snapshots, countersignatures,
 *                      audit checkpoints): created on first start, kept forever
 * @param oidc          an external identity provider whose tokens are also accepted
 * @param protection    limits that keep requests, sign-ins and housekeeping in bounds
 */
public record ServerConfig(
        Mode mode,
        Listener listener,
        DatabaseSettings database,
        Path dataDirectory,
        Tokens tokens,
        Path recordKeyFile,
        boolean loadDemoData,
        Optional<OidcSettings> oidc,
        Protection protection) {

    public ServerConfig {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(recordKeyFile, "recordKeyFile");
        Objects.requireNonNull(oidc, "oidc");
        Objects.requireNonNull(protection, "protection");
    }

    /**
     * Where and how the server listens.
     *
     * @param maxRequestBytes the largest JSON body a request may have
     */
    public record Listener(String host, int port, long maxRequestBytes) {}

    /**
     * Limits that keep one instance and its sign-ins in bounds (issue 11).
     *
     * @param trustedProxies         addresses or ranges of reverse proxies whose
     *                               {@code X-Forwarded-For} names the client; empty: none
     * @param maxUploadChunkBytes    the largest raw upload chunk (routes that take one); JSON
     *                               bodies are bounded by {@link Listener#maxRequestBytes}
     * @param passwordHashingPermits password checks this instance runs at once; more are
     *                               answered "busy" (503) at once
     * @param housekeepingInterval   how often expired refresh tokens and throttle counts are purged
     * @param throttle               the sign-in throttle's limits
     */
    public record Protection(
            List<String> trustedProxies,
            long maxUploadChunkBytes,
            int passwordHashingPermits,
            Duration housekeepingInterval,
            LoginThrottleSettings throttle) {

        public Protection {
            trustedProxies = List.copyOf(trustedProxies);
            Objects.requireNonNull(housekeepingInterval, "housekeepingInterval");
            Objects.requireNonNull(throttle, "throttle");
            if (maxUploadChunkBytes < 1 || passwordHashingPermits < 1) {
                throw new IllegalArgumentException("Upload chunk size and hashing permits must be positive");
            }
            if (housekeepingInterval.isNegative() || housekeepingInterval.isZero()) {
                throw new IllegalArgumentException("The housekeeping interval must be positive");
            }
        }

        /**
         * No trusted proxy, 8 MiB upload chunks, as many hashes at once as cores but at least 4
         * (4 x 19 MiB), housekeeping hourly.
         */
        public static Protection defaults() {
            return new Protection(
                    List.of(),
                    8L * 1_048_576,
                    Math.max(4, Runtime.getRuntime().availableProcessors()),
                    Duration.ofHours(1),
                    LoginThrottleSettings.DEFAULTS);
        }

        public Protection withTrustedProxies(List<String> proxies) {
            return new Protection(proxies, maxUploadChunkBytes, passwordHashingPermits, housekeepingInterval, throttle);
        }

        public Protection withPasswordHashingPermits(int permits) {
            return new Protection(trustedProxies, maxUploadChunkBytes, permits, housekeepingInterval, throttle);
        }

        public Protection withHousekeepingInterval(Duration interval) {
            return new Protection(trustedProxies, maxUploadChunkBytes, passwordHashingPermits, interval, throttle);
        }
    }

    /**
     * How the server's own access and refresh tokens are made.
     *
     * @param secret     the HS256 secret; empty for ES256/RS256
     * @param jwkSetFile where ES256/RS256 signing keys are kept (created on first start); null for HS256
     */
    public record Tokens(
            String issuer,
            String audience,
            SigningAlgorithm algorithm,
            String secret,
            Path jwkSetFile,
            Duration accessTokenLifetime,
            Duration refreshTokenLifetime) {

        public Tokens {
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(audience, "audience");
            Objects.requireNonNull(algorithm, "algorithm");
            Objects.requireNonNull(secret, "secret");
            Objects.requireNonNull(accessTokenLifetime, "accessTokenLifetime");
            Objects.requireNonNull(refreshTokenLifetime, "refreshTokenLifetime");
        }
    }

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

    /** A configuration with development defaults for everything but the database and data directory. */
    public static Builder builder(Mode mode, DatabaseSettings database, Path dataDirectory) {
        return new Builder(mode, database, dataDirectory);
    }

    public Builder toBuilder() {
        Builder builder = new Builder(mode, database, dataDirectory);
        builder.listener = listener;
        builder.tokens = tokens;
        builder.recordKeyFile = recordKeyFile;
        builder.loadDemoData = loadDemoData;
        builder.oidc = oidc;
        builder.protection = protection;
        return builder;
    }

    public ServerConfig withPort(int newPort) {
        return toBuilder()
                .listener(new Listener(listener.host(), newPort, listener.maxRequestBytes()))
                .build();
    }

    public ServerConfig withDemoData(boolean load) {
        return toBuilder().loadDemoData(load).build();
    }

    @Override
    public String toString() {
        return "ServerConfig[mode=" + mode + ", " + listener.host() + ":" + listener.port() + ", " + database
                + ", issuer=" + tokens.issuer() + ", alg=" + tokens.algorithm() + "]";
    }

    /** Builds a configuration; what is not set keeps its development default. */
    public static final class Builder {
        private final Mode mode;
        private final DatabaseSettings database;
        private final Path dataDirectory;
        private Listener listener = new Listener("127.0.0.1", 8080, 1_048_576);
        private Tokens tokens;
        private Path recordKeyFile;
        private boolean loadDemoData;
        private Optional<OidcSettings> oidc = Optional.empty();
        private Protection protection = Protection.defaults();

        private Builder(Mode mode, DatabaseSettings database, Path dataDirectory) {
            this.mode = mode;
            this.database = database;
            this.dataDirectory = dataDirectory.toAbsolutePath();
        }

        public Builder listener(Listener value) {
            this.listener = value;
            return this;
        }

        public Builder tokens(Tokens value) {
            this.tokens = value;
            return this;
        }

        /** HS256 tokens with this secret, the default issuer and audience and lifetimes. */
        public Builder hmacTokens(String issuer, String secret) {
            return tokens(new Tokens(
                    issuer,
                    "spectra-lab",
                    SigningAlgorithm.HS256,
                    secret,
                    null,
                    Duration.ofMinutes(15),
                    Duration.ofDays(14)));
        }

        public Builder recordKeyFile(Path value) {
            this.recordKeyFile = value;
            return this;
        }

        public Builder loadDemoData(boolean value) {
            this.loadDemoData = value;
            return this;
        }

        public Builder oidc(Optional<OidcSettings> value) {
            this.oidc = value;
            return this;
        }

        public Builder protection(Protection value) {
            this.protection = value;
            return this;
        }

        public ServerConfig build() {
            Path records = recordKeyFile != null
                    ? recordKeyFile
                    : dataDirectory.resolve("server").resolve("record-signing-keys.jwks.json");
            return new ServerConfig(
                    mode, listener, database, dataDirectory, tokens, records, loadDemoData, oidc, protection);
        }
    }
}
