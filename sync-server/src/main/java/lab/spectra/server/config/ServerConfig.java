package lab.spectra.server.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.server.auth.login.LoginThrottleSettings;
import lab.spectra.server.auth.token.SigningAlgorithm;
import lab.spectra.server.db.DatabaseSettings;

/**
 * Everything the server is configured with, in groups. Built by {@link ServerConfigLoader} from
 * environment variables and an optional properties file; tests use {@link #builder}.
 *
 * @param dataDirectory where the server keeps its files (development database, generated keys)
 * @param recordKeyFile the record-signing keys (time receipts, snapshots, countersignatures,
 *                      audit checkpoints): created on first start, kept forever
 * @param audit         where and how often the audit trail's checkpoints are signed
 * @param loadDemoData  load the demo labs with their well-known passwords: development only
 * @param oidc          an external identity provider whose tokens are also accepted
 * @param protection    limits that keep requests, sign-ins and housekeeping in bounds
 * @param files         where stored files' content is kept, and when an unfinished upload is
 *                      abandoned
 * @param metrics       where Prometheus reads the server's metrics, or empty when they are off
 */
public record ServerConfig(
        Mode mode,
        Listener listener,
        DatabaseSettings database,
        Path dataDirectory,
        Tokens tokens,
        Path recordKeyFile,
        Audit audit,
        boolean loadDemoData,
        Optional<OidcSettings> oidc,
        Protection protection,
        Files files,
        Optional<Metrics> metrics,
        BenchReleases benchReleases) {

    public ServerConfig {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(recordKeyFile, "recordKeyFile");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(oidc, "oidc");
        Objects.requireNonNull(protection, "protection");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(benchReleases, "benchReleases");
        if (metrics.isPresent() && metrics.get().port() != 0 && metrics.get().port() == listener.port()) {
            throw new ConfigException("SPECTRA_METRICS_PORT must differ from SPECTRA_PORT: the metrics are served on"
                    + " a port of their own, never beside the API");
        }
        if (mode != Mode.DEV && loadDemoData) {
            throw new ConfigException((mode == Mode.PROD ? "Production" : "A single-PC lab")
                    + " never loads the demo labs: their passwords are public."
                    + " Remove --demo and SPECTRA_DEMO_DATA, or use development mode");
        }
    }

    /**
     * What the server tells benches about their releases (issue 22).
     *
     * @param oldestSyncProtocol the oldest sync protocol a bench may speak here; older benches are told to
     *                           update and send nothing until they have
     * @param latestBenchVersion the lab's current bench release, if it says one ("update available")
     * @param installerUrl       where the lab publishes the bench installer, if it says where
     */
    public record BenchReleases(
            int oldestSyncProtocol, Optional<String> latestBenchVersion, Optional<String> installerUrl) {
        public BenchReleases {
            Objects.requireNonNull(latestBenchVersion, "latestBenchVersion");
            Objects.requireNonNull(installerUrl, "installerUrl");
            try {
                lab.spectra.model.protocol.SyncProtocol.Range.upTo(oldestSyncProtocol);
            } catch (IllegalArgumentException e) {
                throw new ConfigException("SPECTRA_OLDEST_SYNC_PROTOCOL: " + e.getMessage());
            }
        }

        /** Every bench this code can read, nothing announced. */
        public static BenchReleases defaults() {
            return new BenchReleases(
                    lab.spectra.model.protocol.SyncProtocol.UNVERSIONED, Optional.empty(), Optional.empty());
        }

        public lab.spectra.model.protocol.SyncProtocol.Range protocols() {
            return lab.spectra.model.protocol.SyncProtocol.Range.upTo(oldestSyncProtocol);
        }
    }

    /**
     * The audit trail's anchor outside the database.
     *
     * @param checkpointDirectory where signed checkpoints are written (a folder under the data
     *                            directory by default; better on storage of its own)
     * @param checkpointInterval  how often the organizations whose trail grew are checkpointed
     */
    public record Audit(Path checkpointDirectory, Duration checkpointInterval) {

        public Audit {
            Objects.requireNonNull(checkpointDirectory, "checkpointDirectory");
            Objects.requireNonNull(checkpointInterval, "checkpointInterval");
            if (checkpointInterval.isNegative() || checkpointInterval.isZero()) {
                throw new ConfigException("The audit checkpoint interval must be positive");
            }
            checkpointDirectory = checkpointDirectory.toAbsolutePath();
        }
    }

    /**
     * Where and how the server listens.
     *
     * @param allowedHosts the host names requests may be addressed to (the {@code Host} header,
     *                     without port), e.g. {@code localhost}, {@code 127.0.0.1}, {@code [::1]};
     *                     empty serves any. A server on this PC lists its loopback names, so a web
     *                     page whose name was re-pointed at 127.0.0.1 (DNS rebinding) is refused.
     */
    public record Listener(String host, int port, long maxRequestBytes, List<String> allowedHosts) {

        /** The names of this PC itself, as a {@code Host} header carries them. */
        public static final List<String> LOOPBACK_NAMES = List.of("localhost", "127.0.0.1", "[::1]");

        public Listener {
            Objects.requireNonNull(host, "host");
            allowedHosts = List.copyOf(allowedHosts);
        }

        /** A listener that serves requests addressed to any host name. */
        public Listener(String host, int port, long maxRequestBytes) {
            this(host, port, maxRequestBytes, List.of());
        }
    }

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
     * The management address where Prometheus reads the metrics (ADR 0035): a port of its own,
     * never the API's, on loopback unless the operator names another address.
     *
     * @param host the address to bind, {@code 127.0.0.1} by default
     * @param port the port; 0 picks a free one (tests)
     */
    public record Metrics(String host, int port) {

        public static final String DEFAULT_HOST = "127.0.0.1";

        public Metrics {
            Objects.requireNonNull(host, "host");
            if (port < 0 || port > 65_535) {
                throw new ConfigException("SPECTRA_METRICS_PORT must be a port number (1-65535), not " + port);
            }
        }

        /** On loopback, at {@code port}. */
        public static Metrics onLoopback(int port) {
            return new Metrics(DEFAULT_HOST, port);
        }
    }

    /** Where the content of stored files is kept (ADR 0020). */
    public enum FileStore {
        /** In the server's database, beside the file's row: PostgreSQL, or H2 on one PC. */
        DATABASE,
        /** In a bucket of an S3-compatible object store; the file's row stays in the database. */
        S3;

        /** How {@code SPECTRA_FILE_STORE} spells it. */
        public String wireName() {
            return this == DATABASE ? "postgres" : "s3";
        }
    }

    /**
     * Where stored files' content is kept, and when an upload nobody finishes is dropped.
     *
     * @param store                  the database (default) or an S3 bucket
     * @param s3                     the bucket's settings; present exactly when {@code store} is S3
     * @param abandonedUploadsAfter  how long an upload may go without a new part before it is
     *                               deleted with its parts
     */
    public record Files(FileStore store, Optional<S3Bucket> s3, Duration abandonedUploadsAfter) {

        public static final Duration DEFAULT_ABANDONED_UPLOADS_AFTER = Duration.ofHours(24);

        public Files {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(s3, "s3");
            Objects.requireNonNull(abandonedUploadsAfter, "abandonedUploadsAfter");
            if ((store == FileStore.S3) != s3.isPresent()) {
                throw new ConfigException("The S3 settings go with SPECTRA_FILE_STORE=s3, and only with it");
            }
            if (abandonedUploadsAfter.isNegative() || abandonedUploadsAfter.isZero()) {
                throw new ConfigException("The time after which an unfinished upload is dropped must be positive");
            }
        }

        /** Content in the database, unfinished uploads dropped after a day. */
        public static Files inDatabase() {
            return new Files(FileStore.DATABASE, Optional.empty(), DEFAULT_ABANDONED_UPLOADS_AFTER);
        }

        public static Files inBucket(S3Bucket bucket) {
            return new Files(FileStore.S3, Optional.of(bucket), DEFAULT_ABANDONED_UPLOADS_AFTER);
        }

        public Files withAbandonedUploadsAfter(Duration after) {
            return new Files(store, s3, after);
        }
    }

    /**
     * A bucket of an S3-compatible object store (AWS S3, MinIO, Ceph RGW, ...), addressed
     * path-style at {@code endpoint}.
     */
    public record S3Bucket(URI endpoint, String region, String bucket, String accessKey, String secretKey) {

        public S3Bucket {
            Objects.requireNonNull(endpoint, "endpoint");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(bucket, "bucket");
            Objects.requireNonNull(accessKey, "accessKey");
            Objects.requireNonNull(secretKey, "secretKey");
        }

        /** Never the secret key: configurations are logged. */
        @Override
        public String toString() {
            return "S3Bucket[" + endpoint + ", region=" + region + ", bucket=" + bucket + ", accessKey=" + accessKey
                    + "]";
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
     * The lab's external OpenID Connect provider: whose access tokens are accepted, which people
     * it signs in (just in time, ADR 0024) and how benches reach it.
     *
     * @param roleClaim    the claim holding the person's role in the provider's terms
     * @param roleMapping  provider role value to lab role wire name, e.g. {@code lab-pi=pi}
     * @param organization the organization every person of this provider belongs to; set by the
     *                     server's operator, never read from a claim the person could influence
     * @param benchSignIn  how benches send people to the provider, or empty when they do not
     * @param nameClaim    the claim holding the person's display name
     */
    public record OidcSettings(
            String issuer,
            String audience,
            String jwksUrl,
            String roleClaim,
            Map<String, String> roleMapping,
            UUID organization,
            Optional<BenchSignIn> benchSignIn,
            String nameClaim) {

        public OidcSettings {
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(benchSignIn, "benchSignIn");
            Objects.requireNonNull(nameClaim, "nameClaim");
            roleMapping = Map.copyOf(roleMapping);
        }
    }

    /**
     * What a bench needs to send a person to the provider (authorization code with PKCE).
     *
     * @param clientId  the provider's client id of the bench application (a public client: no secret)
     * @param scopes    the scopes asked for, e.g. {@code openid email profile}
     * @param label     the provider's name on the sign-in button ("Sign in with ...")
     */
    public record BenchSignIn(String clientId, List<String> scopes, String label) {
        public BenchSignIn {
            Objects.requireNonNull(clientId, "clientId");
            scopes = List.copyOf(scopes);
            Objects.requireNonNull(label, "label");
        }
    }

    public static final Duration DEFAULT_CHECKPOINT_INTERVAL = Duration.ofMinutes(5);

    /** A configuration with development defaults for everything but the database and data directory. */
    public static Builder builder(Mode mode, DatabaseSettings database, Path dataDirectory) {
        return new Builder(mode, database, dataDirectory);
    }

    public Builder toBuilder() {
        Builder builder = new Builder(mode, database, dataDirectory);
        builder.listener = listener;
        builder.tokens = tokens;
        builder.recordKeyFile = recordKeyFile;
        builder.audit = audit;
        builder.loadDemoData = loadDemoData;
        builder.oidc = oidc;
        builder.protection = protection;
        builder.files = files;
        builder.metrics = metrics;
        builder.benchReleases = benchReleases;
        return builder;
    }

    public ServerConfig withPort(int newPort) {
        return toBuilder()
                .listener(new Listener(listener.host(), newPort, listener.maxRequestBytes(), listener.allowedHosts()))
                .build();
    }

    public ServerConfig withDemoData(boolean load) {
        return toBuilder().loadDemoData(load).build();
    }

    /** The same configuration without the database owner's credentials, as production serves. */
    public ServerConfig withoutDatabaseOwner() {
        return toBuilder().database(database.withoutOwner()).build();
    }

    @Override
    public String toString() {
        return "ServerConfig[mode=" + mode + ", " + listener.host() + ":" + listener.port()
                + (listener.allowedHosts().isEmpty() ? "" : " for " + String.join(",", listener.allowedHosts()))
                + ", " + database
                + ", issuer=" + tokens.issuer() + ", alg=" + tokens.algorithm()
                + ", files=" + files.store().wireName()
                + metrics.map(served -> ", metrics on " + served.host() + ":" + served.port())
                        .orElse("")
                + "]";
    }

    /** Builds a configuration; what is not set keeps its development default. */
    public static final class Builder {
        private final Mode mode;
        private DatabaseSettings database;
        private final Path dataDirectory;
        private Listener listener = new Listener("127.0.0.1", 8080, 1_048_576);
        private Tokens tokens;
        private Path recordKeyFile;
        private Audit audit;
        private boolean loadDemoData;
        private Optional<OidcSettings> oidc = Optional.empty();
        private Protection protection = Protection.defaults();
        private Files files = Files.inDatabase();
        private Optional<Metrics> metrics = Optional.empty();
        private BenchReleases benchReleases = BenchReleases.defaults();

        private Builder(Mode mode, DatabaseSettings database, Path dataDirectory) {
            this.mode = mode;
            this.database = database;
            this.dataDirectory = dataDirectory.toAbsolutePath();
        }

        public Builder database(DatabaseSettings value) {
            this.database = value;
            return this;
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

        /** Null keeps the default: a folder under the data directory, every five minutes. */
        public Builder audit(Audit value) {
            this.audit = value;
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

        public Builder files(Files value) {
            this.files = value;
            return this;
        }

        /** Where the metrics are served; empty (the default) turns them off. */
        public Builder metrics(Optional<Metrics> value) {
            this.metrics = value;
            return this;
        }

        public Builder benchReleases(BenchReleases value) {
            this.benchReleases = value;
            return this;
        }

        public ServerConfig build() {
            Path records = recordKeyFile != null
                    ? recordKeyFile
                    : dataDirectory.resolve("server").resolve("record-signing-keys.jwks.json");
            Audit checkpoints = audit != null
                    ? audit
                    : new Audit(
                            dataDirectory.resolve("server").resolve("audit-checkpoints"), DEFAULT_CHECKPOINT_INTERVAL);
            return new ServerConfig(
                    mode,
                    listener,
                    database,
                    dataDirectory,
                    tokens,
                    records,
                    checkpoints,
                    loadDemoData,
                    oidc,
                    protection,
                    files,
                    metrics,
                    benchReleases);
        }
    }
}
