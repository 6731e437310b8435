package lab.spectra.server.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import lab.spectra.server.auth.token.SigningAlgorithm;
import lab.spectra.server.db.DatabaseSettings;

/**
 * Reads the configuration from environment variables, over an optional properties file named by
 * {@code SPECTRA_CONFIG_FILE} (same keys). Development defaults make {@code dev} start with no
 * settings at all; production has no defaults for anything secret and refuses weak values.
 */
public final class ServerConfigLoader {

    /** Secrets seen in examples and tutorials; never acceptable in production. */
    private static final Set<String> KNOWN_DEFAULT_SECRETS = Set.of(
            "secret",
            "changeme",
            "change-me",
            "dev-secret",
            "development",
            "password",
            "spectra",
            "your-256-bit-secret");

    private static final int MINIMUM_SECRET_BYTES = 32;

    private static final Set<String> LOOPBACK_BIND_ADDRESSES = Set.of("127.0.0.1", "localhost", "::1", "[::1]");

    private ServerConfigLoader() {}

    public static ServerConfig fromEnvironment() {
        return load(System.getenv());
    }

    public static ServerConfig load(Map<String, String> environment) {
        Map<String, String> settings = new HashMap<>(fileSettings(environment.get("SPECTRA_CONFIG_FILE")));
        environment.forEach((key, value) -> {
            if (key.startsWith("SPECTRA_") || key.startsWith("DATABASE_")) {
                settings.put(key, value);
            }
        });
        Mode mode = parseMode(settings.getOrDefault("SPECTRA_MODE", "dev"));
        Path dataDirectory = Path.of(settings.getOrDefault(
                        "SPECTRA_DATA_DIR",
                        Path.of(System.getProperty("user.home"), ".spectra-lab").toString()))
                .toAbsolutePath();
        return switch (mode) {
            case DEV -> development(settings, dataDirectory);
            case SINGLE_PC -> singlePc(settings, dataDirectory);
            case PROD -> production(settings, dataDirectory);
        };
    }

    /**
     * A lab on one PC: development's embedded database and self-migration, with production's
     * asymmetric token keys (generated on first start, kept beside the database) and no demo.
     */
    private static ServerConfig singlePc(Map<String, String> settings, Path dataDirectory) {
        if (Boolean.parseBoolean(settings.getOrDefault("SPECTRA_DEMO_DATA", "false"))) {
            throw new ConfigException("A single-PC lab never loads the demo labs: their passwords are public;"
                    + " remove SPECTRA_DEMO_DATA, or explore the demo in development mode");
        }
        Map<String, String> embedded = new HashMap<>(settings);
        embedded.remove("SPECTRA_JWT_SECRET");
        ServerConfig development = development(embedded, dataDirectory);
        return ServerConfig.builder(Mode.SINGLE_PC, development.database(), dataDirectory)
                .listener(listener(settings, "127.0.0.1", Mode.SINGLE_PC))
                .tokens(new ServerConfig.Tokens(
                        settings.getOrDefault("SPECTRA_ISSUER", "spectra-lab-single-pc"),
                        settings.getOrDefault("SPECTRA_AUDIENCE", "spectra-lab"),
                        SigningAlgorithm.ES256,
                        "",
                        dataDirectory.resolve("server").resolve("signing-keys.jwks.json"),
                        duration(settings, "SPECTRA_ACCESS_TOKEN_MINUTES", Duration.ofMinutes(15)),
                        Duration.ofDays(integer(settings, "SPECTRA_REFRESH_TOKEN_DAYS", 14))))
                .recordKeyFile(development.recordKeyFile())
                .audit(development.audit())
                .loadDemoData(false)
                .oidc(development.oidc())
                .protection(development.protection())
                .files(files(settings, Mode.SINGLE_PC))
                .metrics(development.metrics())
                .benchReleases(development.benchReleases())
                .build();
    }

    private static ServerConfig development(Map<String, String> settings, Path dataDirectory) {
        Path serverDirectory = dataDirectory.resolve("server");
        String url = settings.getOrDefault(
                "DATABASE_URL", "jdbc:h2:file:" + serverDirectory.resolve("spectra") + ";NON_KEYWORDS=VALUE");
        // One local user for everything unless told otherwise; the login role and the owner default
        // to the application role, so development serves and migrates with one set of credentials.
        DatabaseSettings.Credentials app = new DatabaseSettings.Credentials(
                settings.getOrDefault("DATABASE_APP_USER", "sa"), settings.getOrDefault("DATABASE_APP_PASSWORD", ""));
        DatabaseSettings database = DatabaseSettings.of(
                url,
                app,
                new DatabaseSettings.Credentials(
                        settings.getOrDefault("DATABASE_LOGIN_USER", app.user()),
                        settings.getOrDefault("DATABASE_LOGIN_PASSWORD", app.password())),
                new DatabaseSettings.Credentials(
                        settings.getOrDefault("DATABASE_OWNER_USER", app.user()),
                        settings.getOrDefault("DATABASE_OWNER_PASSWORD", app.password())));
        String secret = settings.containsKey("SPECTRA_JWT_SECRET")
                ? settings.get("SPECTRA_JWT_SECRET")
                : generatedSecret(serverDirectory.resolve("jwt-secret"));
        return ServerConfig.builder(Mode.DEV, database, dataDirectory)
                .listener(listener(settings, "127.0.0.1", Mode.DEV))
                .tokens(new ServerConfig.Tokens(
                        settings.getOrDefault("SPECTRA_ISSUER", "spectra-lab-dev"),
                        settings.getOrDefault("SPECTRA_AUDIENCE", "spectra-lab"),
                        SigningAlgorithm.HS256,
                        secret,
                        null,
                        duration(settings, "SPECTRA_ACCESS_TOKEN_MINUTES", Duration.ofMinutes(15)),
                        Duration.ofDays(integer(settings, "SPECTRA_REFRESH_TOKEN_DAYS", 14))))
                .recordKeyFile(recordKeyFile(settings))
                .audit(audit(settings, dataDirectory))
                .loadDemoData(Boolean.parseBoolean(settings.getOrDefault("SPECTRA_DEMO_DATA", "false")))
                .oidc(oidc(settings))
                .protection(protection(settings))
                .files(files(settings, Mode.DEV))
                .metrics(metrics(settings))
                .benchReleases(benchReleases(settings))
                .build();
    }

    private static ServerConfig production(Map<String, String> settings, Path dataDirectory) {
        String url = require(settings, "DATABASE_URL");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new ConfigException(
                    "In production DATABASE_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://...)");
        }
        DatabaseSettings database = productionDatabase(settings, url);
        SigningAlgorithm algorithm = algorithm(settings.getOrDefault("SPECTRA_JWT_ALG", "ES256"));
        String secret = "";
        Path keys = null;
        if (algorithm == SigningAlgorithm.HS256) {
            secret = strongSecret(settings.get("SPECTRA_JWT_SECRET"));
        } else {
            keys = Path.of(settings.getOrDefault(
                            "SPECTRA_JWKS_FILE",
                            dataDirectory
                                    .resolve("server")
                                    .resolve("signing-keys.jwks.json")
                                    .toString()))
                    .toAbsolutePath();
            if (settings.containsKey("SPECTRA_JWT_SECRET")) {
                strongSecret(settings.get("SPECTRA_JWT_SECRET"));
            }
        }
        return ServerConfig.builder(Mode.PROD, database, dataDirectory)
                .listener(listener(settings, "0.0.0.0", Mode.PROD))
                .tokens(new ServerConfig.Tokens(
                        require(settings, "SPECTRA_ISSUER"),
                        settings.getOrDefault("SPECTRA_AUDIENCE", "spectra-lab"),
                        algorithm,
                        secret,
                        keys,
                        duration(settings, "SPECTRA_ACCESS_TOKEN_MINUTES", Duration.ofMinutes(15)),
                        Duration.ofDays(integer(settings, "SPECTRA_REFRESH_TOKEN_DAYS", 14))))
                .recordKeyFile(recordKeyFile(settings))
                .audit(audit(settings, dataDirectory))
                .loadDemoData(noDemoDataInProduction(settings))
                .oidc(oidc(settings))
                .protection(protection(settings))
                .files(files(settings, Mode.PROD))
                .metrics(metrics(settings))
                .benchReleases(benchReleases(settings))
                .build();
    }

    private static ServerConfig.Listener listener(Map<String, String> settings, String defaultHost, Mode mode) {
        String host = settings.getOrDefault("SPECTRA_HOST", defaultHost).strip();
        return new ServerConfig.Listener(
                host,
                integer(settings, "SPECTRA_PORT", 8080),
                integer(settings, "SPECTRA_MAX_REQUEST_BYTES", 1_048_576),
                allowedHosts(settings.get("SPECTRA_ALLOWED_HOSTS"), host, mode));
    }

    /**
     * {@code SPECTRA_ALLOWED_HOSTS}: comma-separated host names, or {@code *} for any. Unset, a
     * development server listening on loopback answers only to this PC's own names (a page in this
     * PC's browser cannot reach it by re-pointing its own name at 127.0.0.1); any other server
     * answers to any name, because a production server on loopback sits behind a reverse proxy
     * that passes on the public name (docs/production.md).
     */
    static List<String> allowedHosts(String listed, String bindHost, Mode mode) {
        if (listed == null || listed.isBlank()) {
            return mode.embedded() && LOOPBACK_BIND_ADDRESSES.contains(bindHost.toLowerCase(Locale.ROOT))
                    ? ServerConfig.Listener.LOOPBACK_NAMES
                    : List.of();
        }
        if (listed.strip().equals("*")) {
            return List.of();
        }
        return Arrays.stream(listed.split(","))
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .filter(name -> !name.isEmpty())
                .toList();
    }

    /**
     * {@code SPECTRA_METRICS_PORT}: serve the Prometheus metrics on this port, on
     * {@code SPECTRA_METRICS_HOST} (default {@code 127.0.0.1}, this machine only). Unset, there are
     * no metrics at all (ADR 0035).
     */
    /**
     * {@code SPECTRA_OLDEST_SYNC_PROTOCOL} (default: every version this server reads),
     * {@code SPECTRA_LATEST_BENCH_VERSION} and {@code SPECTRA_BENCH_INSTALLER_URL} (announced to benches).
     */
    static ServerConfig.BenchReleases benchReleases(Map<String, String> settings) {
        return new ServerConfig.BenchReleases(
                integer(settings, "SPECTRA_OLDEST_SYNC_PROTOCOL", lab.spectra.model.protocol.SyncProtocol.UNVERSIONED),
                Optional.ofNullable(settings.get("SPECTRA_LATEST_BENCH_VERSION"))
                        .map(String::strip)
                        .filter(version -> !version.isEmpty()),
                Optional.ofNullable(settings.get("SPECTRA_BENCH_INSTALLER_URL"))
                        .map(String::strip)
                        .filter(url -> !url.isEmpty()));
    }

    static Optional<ServerConfig.Metrics> metrics(Map<String, String> settings) {
        if (!present(settings, "SPECTRA_METRICS_PORT")) {
            if (present(settings, "SPECTRA_METRICS_HOST")) {
                throw new ConfigException("SPECTRA_METRICS_HOST is set but SPECTRA_METRICS_PORT is not: set the port"
                        + " the metrics are served on, or remove SPECTRA_METRICS_HOST");
            }
            return Optional.empty();
        }
        int port = integer(settings, "SPECTRA_METRICS_PORT", 0);
        if (port < 1 || port > 65_535) {
            throw new ConfigException("SPECTRA_METRICS_PORT must be a port number (1-65535), not " + port);
        }
        String host = settings.getOrDefault("SPECTRA_METRICS_HOST", ServerConfig.Metrics.DEFAULT_HOST)
                .strip();
        return Optional.of(new ServerConfig.Metrics(host.isEmpty() ? ServerConfig.Metrics.DEFAULT_HOST : host, port));
    }

    /**
     * Three roles: the application role serves, the login role may only call the sign-in path's
     * look-ups, and the owner - optional, because production serves without it - migrates.
     */
    private static DatabaseSettings productionDatabase(Map<String, String> settings, String url) {
        DatabaseSettings.Credentials app = new DatabaseSettings.Credentials(
                require(settings, "DATABASE_APP_USER"), require(settings, "DATABASE_APP_PASSWORD"));
        DatabaseSettings.Credentials login = new DatabaseSettings.Credentials(
                require(settings, "DATABASE_LOGIN_USER"), require(settings, "DATABASE_LOGIN_PASSWORD"));
        Optional<DatabaseSettings.Credentials> owner = Optional.empty();
        if (present(settings, "DATABASE_OWNER_USER") || present(settings, "DATABASE_OWNER_PASSWORD")) {
            owner = Optional.of(new DatabaseSettings.Credentials(
                    require(settings, "DATABASE_OWNER_USER"), require(settings, "DATABASE_OWNER_PASSWORD")));
        }
        if (owner.isPresent() && app.user().equals(owner.get().user())) {
            throw new ConfigException("DATABASE_APP_USER must not be the owner of the tables (DATABASE_OWNER_USER):"
                    + " row-level security does not bind the owner");
        }
        if (login.user().equals(app.user())) {
            throw new ConfigException("DATABASE_LOGIN_USER must be a role of its own, not DATABASE_APP_USER:"
                    + " only the login role may look up accounts across organizations");
        }
        if (owner.isPresent() && login.user().equals(owner.get().user())) {
            throw new ConfigException("DATABASE_LOGIN_USER must not be the owner of the tables (DATABASE_OWNER_USER)");
        }
        return new DatabaseSettings(url, app, login, owner);
    }

    private static ServerConfig.Audit audit(Map<String, String> settings, Path dataDirectory) {
        String directory = settings.get("SPECTRA_AUDIT_CHECKPOINT_DIR");
        return new ServerConfig.Audit(
                directory == null || directory.isBlank()
                        ? dataDirectory.resolve("server").resolve("audit-checkpoints")
                        : Path.of(directory),
                Duration.ofSeconds(integer(settings, "SPECTRA_AUDIT_CHECKPOINT_SECONDS", (int)
                        ServerConfig.DEFAULT_CHECKPOINT_INTERVAL.toSeconds())));
    }

    private static boolean present(Map<String, String> settings, String key) {
        String value = settings.get(key);
        return value != null && !value.isBlank();
    }

    /** Demo accounts have well-known passwords: they exist in development mode only. */
    private static boolean noDemoDataInProduction(Map<String, String> settings) {
        if (Boolean.parseBoolean(settings.getOrDefault("SPECTRA_DEMO_DATA", "false"))) {
            throw new ConfigException("Production mode never loads the demo labs: SPECTRA_DEMO_DATA is for"
                    + " development mode only (the demo accounts have well-known passwords)");
        }
        return false;
    }

    private static ServerConfig.Protection protection(Map<String, String> settings) {
        ServerConfig.Protection defaults = ServerConfig.Protection.defaults();
        List<String> proxies = Arrays.stream(
                        settings.getOrDefault("SPECTRA_TRUSTED_PROXIES", "").split(",", -1))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .toList();
        try {
            return new ServerConfig.Protection(
                    proxies,
                    integer(settings, "SPECTRA_MAX_UPLOAD_CHUNK_BYTES", (int) defaults.maxUploadChunkBytes()),
                    integer(settings, "SPECTRA_PASSWORD_HASHING_PERMITS", defaults.passwordHashingPermits()),
                    Duration.ofMinutes(integer(settings, "SPECTRA_HOUSEKEEPING_MINUTES", (int)
                            defaults.housekeepingInterval().toMinutes())),
                    defaults.throttle());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("Invalid limits: " + e.getMessage());
        }
    }

    /**
     * {@code SPECTRA_FILE_STORE}: {@code postgres} (the default: content in the server's database)
     * or {@code s3} with {@code SPECTRA_S3_ENDPOINT}, {@code SPECTRA_S3_REGION}, {@code
     * SPECTRA_S3_BUCKET}, {@code SPECTRA_S3_ACCESS_KEY} and {@code SPECTRA_S3_SECRET_KEY}, every one
     * required: a server that cannot keep a file must not start. A lab on one PC keeps its files in
     * its database. {@code SPECTRA_ABANDONED_UPLOAD_HOURS} (default 24): how long an upload may go
     * without a part before it is dropped.
     */
    static ServerConfig.Files files(Map<String, String> settings, Mode mode) {
        Duration abandonedAfter = Duration.ofHours(integer(settings, "SPECTRA_ABANDONED_UPLOAD_HOURS", (int)
                ServerConfig.Files.DEFAULT_ABANDONED_UPLOADS_AFTER.toHours()));
        String store =
                settings.getOrDefault("SPECTRA_FILE_STORE", "postgres").strip().toLowerCase(Locale.ROOT);
        switch (store) {
            case "postgres", "postgresql", "database", "" -> {
                return ServerConfig.Files.inDatabase().withAbandonedUploadsAfter(abandonedAfter);
            }
            case "s3" -> {
                if (mode == Mode.SINGLE_PC) {
                    throw new ConfigException("A lab on one PC keeps its files in its own database:"
                            + " remove SPECTRA_FILE_STORE=s3, or run the server in production mode");
                }
                return ServerConfig.Files.inBucket(s3Bucket(settings)).withAbandonedUploadsAfter(abandonedAfter);
            }
            default -> throw new ConfigException("SPECTRA_FILE_STORE must be postgres or s3, not " + store);
        }
    }

    private static ServerConfig.S3Bucket s3Bucket(Map<String, String> settings) {
        List<String> missing = List.of(
                        "SPECTRA_S3_ENDPOINT",
                        "SPECTRA_S3_REGION",
                        "SPECTRA_S3_BUCKET",
                        "SPECTRA_S3_ACCESS_KEY",
                        "SPECTRA_S3_SECRET_KEY")
                .stream()
                .filter(key -> !present(settings, key))
                .toList();
        if (!missing.isEmpty()) {
            throw new ConfigException("SPECTRA_FILE_STORE=s3 keeps files in an S3 bucket and needs "
                    + String.join(", ", missing) + " (see docs/production.md, \"Files in an S3 bucket\")");
        }
        URI endpoint;
        try {
            endpoint = new URI(settings.get("SPECTRA_S3_ENDPOINT").strip());
        } catch (URISyntaxException e) {
            throw new ConfigException("SPECTRA_S3_ENDPOINT is not a URL: " + e.getMessage());
        }
        if (!"https".equals(endpoint.getScheme()) && !"http".equals(endpoint.getScheme())
                || endpoint.getHost() == null) {
            throw new ConfigException(
                    "SPECTRA_S3_ENDPOINT must be an http(s) URL such as https://s3.lab.example:9000, not " + endpoint);
        }
        return new ServerConfig.S3Bucket(
                endpoint,
                settings.get("SPECTRA_S3_REGION").strip(),
                settings.get("SPECTRA_S3_BUCKET").strip(),
                settings.get("SPECTRA_S3_ACCESS_KEY").strip(),
                settings.get("SPECTRA_S3_SECRET_KEY"));
    }

    private static SigningAlgorithm algorithm(String text) {
        try {
            return SigningAlgorithm.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("SPECTRA_JWT_ALG must be ES256, RS256 or HS256, not " + text);
        }
    }

    /** Null means the default place under the data directory. */
    private static Path recordKeyFile(Map<String, String> settings) {
        String file = settings.get("SPECTRA_RECORD_KEYS_FILE");
        return file == null || file.isBlank() ? null : Path.of(file).toAbsolutePath();
    }

    static String strongSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new ConfigException("SPECTRA_JWT_SECRET is required for HS256 in production");
        }
        if (KNOWN_DEFAULT_SECRETS.contains(secret.strip().toLowerCase(Locale.ROOT))) {
            throw new ConfigException("SPECTRA_JWT_SECRET is a well-known default; generate a random one"
                    + " (for example: openssl rand -base64 48)");
        }
        if (secret.getBytes(StandardCharsets.UTF_8).length < MINIMUM_SECRET_BYTES) {
            throw new ConfigException("SPECTRA_JWT_SECRET must be at least " + MINIMUM_SECRET_BYTES + " bytes long");
        }
        return secret;
    }

    private static Optional<ServerConfig.OidcSettings> oidc(Map<String, String> settings) {
        String issuer = settings.get("SPECTRA_OIDC_ISSUER");
        if (issuer == null || issuer.isBlank()) {
            return Optional.empty();
        }
        Map<String, String> roles = new LinkedHashMap<>();
        for (String pair :
                settings.getOrDefault("SPECTRA_OIDC_ROLE_MAPPING", "").split(",", -1)) {
            String[] parts = pair.split("=", 2);
            if (parts.length == 2) {
                roles.put(parts[0].strip(), parts[1].strip());
            }
        }
        if (settings.containsKey("SPECTRA_OIDC_ORG_CLAIM")) {
            // A claim is something the provider's users may influence; the tenant is the operator's call.
            throw new ConfigException("SPECTRA_OIDC_ORG_CLAIM is no longer read: the organization of the provider's"
                    + " people is set by SPECTRA_OIDC_ORGANIZATION (the organization's id), never taken from a claim");
        }
        String organization = require(settings, "SPECTRA_OIDC_ORGANIZATION");
        UUID organizationId;
        try {
            organizationId = UUID.fromString(organization.strip());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("SPECTRA_OIDC_ORGANIZATION must be the organization's id (a UUID, as"
                    + " create-organization printed it), was " + organization);
        }
        String clientId = settings.get("SPECTRA_OIDC_CLIENT_ID");
        Optional<ServerConfig.BenchSignIn> benchSignIn = clientId == null || clientId.isBlank()
                ? Optional.empty()
                : Optional.of(new ServerConfig.BenchSignIn(
                        clientId.strip(),
                        List.of(settings.getOrDefault("SPECTRA_OIDC_SCOPES", "openid email profile")
                                .strip()
                                .split("\\s+")),
                        settings.getOrDefault(
                                "SPECTRA_OIDC_LABEL", URI.create(issuer.strip()).getHost())));
        return Optional.of(new ServerConfig.OidcSettings(
                issuer,
                require(settings, "SPECTRA_OIDC_AUDIENCE"),
                require(settings, "SPECTRA_OIDC_JWKS_URL"),
                settings.getOrDefault("SPECTRA_OIDC_ROLE_CLAIM", "roles"),
                roles,
                organizationId,
                benchSignIn,
                settings.getOrDefault("SPECTRA_OIDC_NAME_CLAIM", "name")));
    }

    /** The development secret: made once per machine, kept readable by its owner only. */
    private static String generatedSecret(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(file.getParent());
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.writeString(file, secret);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the user profile directory is already private.
            }
            return secret;
        } catch (IOException e) {
            throw new ConfigException("Cannot keep the development signing secret at " + file + ": " + e.getMessage());
        }
    }

    private static Map<String, String> fileSettings(String file) {
        if (file == null || file.isBlank()) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(file))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new ConfigException("Cannot read SPECTRA_CONFIG_FILE " + file + ": " + e.getMessage());
        }
        Map<String, String> settings = new HashMap<>();
        properties.forEach((key, value) -> settings.put(key.toString(), value.toString()));
        return settings;
    }

    private static Mode parseMode(String text) {
        try {
            return Mode.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("SPECTRA_MODE must be dev, single-pc or prod, not " + text);
        }
    }

    private static String require(Map<String, String> settings, String key) {
        String value = settings.get(key);
        if (value == null || value.isBlank()) {
            throw new ConfigException(key + " is required in production");
        }
        return value;
    }

    private static int integer(Map<String, String> settings, String key, int fallback) {
        String value = settings.get(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(key + " must be a whole number, not " + value);
        }
    }

    private static Duration duration(Map<String, String> settings, String minutesKey, Duration fallback) {
        return settings.containsKey(minutesKey) ? Duration.ofMinutes(integer(settings, minutesKey, 15)) : fallback;
    }
}
