package lab.spectra.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import lab.spectra.model.auth.Role;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.model.report.AuditTrailPdf;
import lab.spectra.model.report.EntryPdf;
import lab.spectra.model.report.RunReportPdf;
import lab.spectra.model.trust.PublicKeys;
import lab.spectra.server.admin.AdminRoutes;
import lab.spectra.server.admin.OrganizationSettingsService;
import lab.spectra.server.admin.WorkstationQueries;
import lab.spectra.server.analysis.CalibrationQueries;
import lab.spectra.server.analysis.CalibrationRoutes;
import lab.spectra.server.analysis.InstrumentQueries;
import lab.spectra.server.analysis.InstrumentRoutes;
import lab.spectra.server.analysis.RunQueries;
import lab.spectra.server.analysis.RunReportRoutes;
import lab.spectra.server.analysis.RunReports;
import lab.spectra.server.analysis.RunRoutes;
import lab.spectra.server.analysis.spc.SpcQueries;
import lab.spectra.server.analysis.spc.SpcRoutes;
import lab.spectra.server.apikey.ApiKeyAdministration;
import lab.spectra.server.apikey.ApiKeyRoutes;
import lab.spectra.server.apikey.ApiKeyThrottle;
import lab.spectra.server.apikey.ApiKeyVerifier;
import lab.spectra.server.audit.AuditCheckpointRoutes;
import lab.spectra.server.audit.AuditCheckpointer;
import lab.spectra.server.audit.AuditCheckpoints;
import lab.spectra.server.audit.AuditTrailCheck;
import lab.spectra.server.audit.AuditVerification;
import lab.spectra.server.audit.AuditVerifier;
import lab.spectra.server.audit.AuthenticationAudit;
import lab.spectra.server.audit.CheckpointDirectory;
import lab.spectra.server.audit.CheckpointTable;
import lab.spectra.server.audit.RestoreDeclaration;
import lab.spectra.server.audit.StreamedAuditCheck;
import lab.spectra.server.audit.viewer.AuditEntries;
import lab.spectra.server.audit.viewer.AuditVerifications;
import lab.spectra.server.audit.viewer.AuditViewerRoutes;
import lab.spectra.server.auth.AccountCache;
import lab.spectra.server.auth.AccountChanges;
import lab.spectra.server.auth.AuthHousekeeping;
import lab.spectra.server.auth.AuthRoutes;
import lab.spectra.server.auth.OidcRoutes;
import lab.spectra.server.auth.ProviderPeople;
import lab.spectra.server.auth.TokenAuthenticator;
import lab.spectra.server.auth.UserDeactivation;
import lab.spectra.server.auth.login.AccountLookup;
import lab.spectra.server.auth.login.HashingPermits;
import lab.spectra.server.auth.login.LoginService;
import lab.spectra.server.auth.login.LoginThrottle;
import lab.spectra.server.auth.login.PasswordHasher;
import lab.spectra.server.auth.login.PasswordPolicy;
import lab.spectra.server.auth.oidc.OidcSettings;
import lab.spectra.server.auth.oidc.OidcTokenVerifier;
import lab.spectra.server.auth.oidc.OrganizationSource;
import lab.spectra.server.auth.oidc.ProviderDiscovery;
import lab.spectra.server.auth.oidc.RoleClaimMapping;
import lab.spectra.server.auth.session.JdbcRefreshTokenStore;
import lab.spectra.server.auth.session.RefreshTokenSettings;
import lab.spectra.server.auth.session.RefreshTokens;
import lab.spectra.server.auth.session.SessionRevocations;
import lab.spectra.server.auth.token.AccessTokenVerifier;
import lab.spectra.server.auth.token.CachedTokenVerifier;
import lab.spectra.server.auth.token.IssuerRoutingVerifier;
import lab.spectra.server.auth.token.SigningAlgorithm;
import lab.spectra.server.auth.token.TokenService;
import lab.spectra.server.auth.token.TokenSettings;
import lab.spectra.server.auth.token.TokenSigningKeys;
import lab.spectra.server.backup.DataEpochs;
import lab.spectra.server.backup.LabBackup;
import lab.spectra.server.backup.PostgresBackup;
import lab.spectra.server.command.CommandService;
import lab.spectra.server.config.ConfigException;
import lab.spectra.server.config.Mode;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.config.ServerConfigLoader;
import lab.spectra.server.db.ConnectionPools;
import lab.spectra.server.db.Database;
import lab.spectra.server.db.DatabaseHealth;
import lab.spectra.server.db.DatabaseRoleCheck;
import lab.spectra.server.db.DatabaseSettings;
import lab.spectra.server.db.Migrations;
import lab.spectra.server.db.TenantActivity;
import lab.spectra.server.db.TenantReads;
import lab.spectra.server.demo.DemoData;
import lab.spectra.server.export.ExportRoutes;
import lab.spectra.server.export.ExportTarget;
import lab.spectra.server.export.RecordsExport;
import lab.spectra.server.files.FileKeeping;
import lab.spectra.server.files.FileRoutes;
import lab.spectra.server.health.HealthRoutes;
import lab.spectra.server.http.AllowedHosts;
import lab.spectra.server.http.AnswerCache;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.BodyLimits;
import lab.spectra.server.http.ClientAddresses;
import lab.spectra.server.http.CommandMetas;
import lab.spectra.server.http.CurrentUsers;
import lab.spectra.server.http.HttpApi;
import lab.spectra.server.http.JsonBodies;
import lab.spectra.server.http.OpenApiDocument;
import lab.spectra.server.http.ServedRoutes;
import lab.spectra.server.labimport.LabImportRoutes;
import lab.spectra.server.labimport.MaterialQueries;
import lab.spectra.server.lims.CustodyQueries;
import lab.spectra.server.lims.CustodyRoutes;
import lab.spectra.server.lims.DeviceQueries;
import lab.spectra.server.lims.DeviceRoutes;
import lab.spectra.server.lims.ElnCountersigner;
import lab.spectra.server.lims.ElnQueries;
import lab.spectra.server.lims.ElnRecordRoutes;
import lab.spectra.server.lims.ElnRecords;
import lab.spectra.server.lims.ElnRoutes;
import lab.spectra.server.lims.ElnSignatures;
import lab.spectra.server.lims.MaterialList;
import lab.spectra.server.lims.MaterialRoutes;
import lab.spectra.server.lims.RecipeQueries;
import lab.spectra.server.lims.RecipeRoutes;
import lab.spectra.server.lims.SampleQueries;
import lab.spectra.server.lims.SampleRoutes;
import lab.spectra.server.lims.SopQueries;
import lab.spectra.server.lims.SopRoutes;
import lab.spectra.server.live.ChangeStreamRoutes;
import lab.spectra.server.live.LiveUpdates;
import lab.spectra.server.live.StreamSettings;
import lab.spectra.server.metrics.ServerMetrics;
import lab.spectra.server.org.Provisioning;
import lab.spectra.server.people.PeopleAdministration;
import lab.spectra.server.people.PeopleImport;
import lab.spectra.server.people.PeopleQueries;
import lab.spectra.server.people.PeopleRoutes;
import lab.spectra.server.qualification.QualificationQueries;
import lab.spectra.server.qualification.QualificationRoutes;
import lab.spectra.server.reports.CalibrationReportRoutes;
import lab.spectra.server.runreview.RunReviewQueries;
import lab.spectra.server.runreview.RunReviewRoutes;
import lab.spectra.server.signing.RecordSigningKeys;
import lab.spectra.server.sync.InitialLoad;
import lab.spectra.server.sync.ProtocolGate;
import lab.spectra.server.sync.PullStreams;
import lab.spectra.server.sync.StreamedPull;
import lab.spectra.server.sync.SyncRoutes;
import lab.spectra.server.sync.SyncService;
import lab.spectra.server.trust.DeviceKeyStore;
import lab.spectra.server.trust.ReviewQueries;
import lab.spectra.server.trust.TrustRoutes;
import lab.spectra.server.trust.TrustService;
import lab.spectra.server.trust.WorkstationGate;
import lab.spectra.server.trust.WorkstationRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the sync server: the only place that builds its parts and wires them
 * together. Tests and the desktop app (embedded, single-PC labs) start it the same way the
 * command line does.
 */
public final class SyncServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncServer.class);
    public static final String VERSION = "0.1.0";

    private final Database database;
    private final Javalin app;
    private final AuditCheckpointer checkpointer;
    private final FileKeeping files;
    private final List<ApiRoutes.Route> routes;
    private final ServedRoutes served;
    private final ServerParts parts;
    private final ServerMetrics metrics;
    private final Optional<InetSocketAddress> metricsAddress;
    private final LiveUpdates live;
    private final AccountCache accounts;

    /**
     * What tests and tools may reach once the server runs.
     *
     * @param authenticationAudit appends authentication events (sign-in, key registration, ...) to
     *                            the audit trail
     * @param deactivation        deactivates an account and revokes its sessions and keys
     */
    public record ServerParts(
            ObjectMapper mapper,
            Database database,
            CommandService commands,
            Provisioning provisioning,
            PasswordHasher passwordHasher,
            TokenService tokens,
            RecordSigningKeys recordKeys,
            AuditCheckpoints auditCheckpoints,
            TrustService trust,

            RefreshTokens refreshTokens,
            SessionRevocations sessions,
            AuthenticationAudit authenticationAudit,
            UserDeactivation deactivation,
            AuthHousekeeping housekeeping) {}

    private SyncServer(
            Database database,
            Javalin app,
            AuditCheckpointer checkpointer,
            FileKeeping files,
            List<ApiRoutes.Route> routes,
            ServedRoutes served,
            ServerParts parts,
            ServerMetrics metrics,
            Optional<InetSocketAddress> metricsAddress,
            LiveUpdates live,
            AccountCache accounts) {
        this.database = database;
        this.app = app;
        this.checkpointer = checkpointer;
        this.files = files;
        this.routes = routes;
        this.served = served;
        this.parts = parts;
        this.metrics = metrics;
        this.metricsAddress = metricsAddress;
        this.live = live;
        this.accounts = accounts;
    }

    public static SyncServer start(ServerConfig config) {
        return start(config, Clock.systemUTC());
    }

    /**
     * Starts serving. Development mode migrates first; production serves as the application role
     * only and refuses to hold the owner's credentials (see {@link #migrateThenStart}).
     */
    public static SyncServer start(ServerConfig config, Clock clock) {
        LOG.info("Starting SPECTRA-Lab sync server {} ({})", VERSION, config);
        if (config.mode() == Mode.PROD && config.loadDemoData()) {
            throw new ConfigException("The demo labs (serve --demo, SPECTRA_DEMO_DATA) are for development mode only:"
                    + " their accounts have published passwords");
        }
        prepareSchema(config);
        Database database = Database.connect(config.database(), 10, Duration.ofSeconds(60), new TenantActivity());
        try {
            if (config.mode() == Mode.PROD) {
                List<String> problems = new ArrayList<>(DatabaseRoleCheck.problems(database));
                schemaProblem(config).ifPresent(problems::add);
                if (problems.isEmpty()) {
                    // Only once the roles are right: the look-up runs as the login role.
                    problems.addAll(activeDemoAccounts(database));
                }
                if (!problems.isEmpty()) {
                    throw new ConfigException("Refusing to start: " + String.join("; ", problems));
                }
            }
            return assemble(config, clock, database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * {@code serve --migrate}: migrates as the owner, then forgets the owner's credentials (Flyway's
     * connection is closed once it is done) and serves as the application role.
     */
    public static SyncServer migrateThenStart(ServerConfig config, Clock clock) {
        requireOwner(config, "serve --migrate");
        LOG.info("Migrating as {} before serving", config.database().owner().orElseThrow());
        Migrations.migrate(config.database());
        return start(config.withoutDatabaseOwner(), clock);
    }

    private static void prepareSchema(ServerConfig config) {
        if (config.mode().embedded()) {
            // The one-command demo and the one-PC lab migrate by themselves.
            requireOwner(config, config.mode().wireName() + " mode");
            Migrations.migrate(config.database());
            return;
        }
        if (config.database().owner().isPresent()) {
            throw new ConfigException("Production serves as the application role only, but DATABASE_OWNER_USER is set:"
                    + " start with \"serve --migrate\" to migrate first (the owner's connection is closed before"
                    + " serving), or remove DATABASE_OWNER_USER and DATABASE_OWNER_PASSWORD from the settings");
        }
    }

    /** A server that does not migrate by itself refuses a schema older than its code. */
    private static void requireCurrentSchema(ServerConfig config) {
        Optional<String> problem = schemaProblem(config);
        if (problem.isPresent()) {
            throw new ConfigException(problem.get());
        }
    }

    private static Optional<String> schemaProblem(ServerConfig config) {
        List<String> pending;
        try {
            pending = Migrations.pending(config.database());
        } catch (IllegalStateException e) {
            return Optional.of(e.getMessage() + "; run \"spectra-server migrate\" as the owner first");
        }
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("the database schema is older than this server (not applied: " + String.join(", ", pending)
                + "); run \"spectra-server migrate\" or start with \"serve --migrate\"");
    }

    private static DatabaseSettings.Credentials requireOwner(ServerConfig config, String purpose) {
        return config.database()
                .owner()
                .orElseThrow(() -> new ConfigException(purpose
                        + " needs the owner's credentials: set DATABASE_OWNER_USER and DATABASE_OWNER_PASSWORD"));
    }

    private static SyncServer assemble(ServerConfig config, Clock clock, Database database) {
        ObjectMapper mapper = DomainJson.newMapper();
        ServerConfig.Protection protection = config.protection();
        RecordSigningKeys recordKeys = recordSigningKeys(config, clock);
        ServerMetrics metrics =
                ServerMetrics.of(config.metrics().map(served -> new InetSocketAddress(served.host(), served.port())));
        metrics.registry().ifPresent(database::meterPools);
        CommandService commands = new CommandService(
                database, mapper, clock, new ElnCountersigner(recordKeys), metrics.commandOutcomes());
        Provisioning provisioning = new Provisioning(database, mapper, clock);
        PasswordHasher passwordHasher = new PasswordHasher();
        TokenSigningKeys keys = signingKeys(config, clock);
        CheckpointDirectory checkpointDirectory =
                new CheckpointDirectory(config.audit().checkpointDirectory());
        AuditCheckpoints auditCheckpoints = new AuditCheckpoints(database, recordKeys, checkpointDirectory, clock);
        TokenService tokens = new TokenService(
                keys,
                TokenSettings.of(config.tokens().issuer(), config.tokens().audience())
                        .withAccessTokenLifetime(config.tokens().accessTokenLifetime()),
                clock);
        SessionRevocations sessions = new SessionRevocations(
                database, config.database(), config.tokens().accessTokenLifetime(), clock);
        TenantReads reads = new TenantReads(database, mapper);
        // Joins the sessions' listening connection, so created before it starts (ADR 0033).
        AccountCache accounts =
                new AccountCache(reads::account, database, config.database(), AccountCache.DEFAULT_MAXIMUM_ACCOUNTS);
        sessions.start();
        accounts.start();
        JdbcRefreshTokenStore refreshTokenStore = new JdbcRefreshTokenStore(database, sessions);
        RefreshTokens refreshTokens = new RefreshTokens(
                refreshTokenStore,
                new RefreshTokenSettings(
                        config.tokens().refreshTokenLifetime(), RefreshTokenSettings.DEFAULTS.sessionLifetime()),
                clock);
        PasswordPolicy passwordPolicy = PasswordPolicy.baseline();
        LoginThrottle throttle = new LoginThrottle(database, protection.throttle(), clock);
        AuthenticationAudit authenticationAudit = new AuthenticationAudit(database, mapper, clock);
        LoginService logins = new LoginService(
                database,
                mapper,
                new LoginService.Checks(
                        passwordHasher, new HashingPermits(protection.passwordHashingPermits()), throttle),
                tokens,
                refreshTokens,
                authenticationAudit,
                passwordPolicy);
        UserDeactivation deactivation = new UserDeactivation(
                database, mapper, clock, refreshTokenStore, sessions, DeviceKeyStore::revokeAllOf, accounts);
        Optional<OidcRoutes.Provider> identityProvider =
                config.oidc().map(oidc -> identityProvider(oidc, clock, mapper));
        AccessTokenVerifier verifier = new CachedTokenVerifier(
                identityProvider
                        .<AccessTokenVerifier>map(
                                provider -> new IssuerRoutingVerifier(List.of(tokens, provider.verifier())))
                        .orElse(tokens),
                clock,
                CachedTokenVerifier.DEFAULT_MAXIMUM_TOKENS);

        FileKeeping files = FileKeeping.open(config.files(), database, clock);
        if (config.loadDemoData()) {
            new DemoData(provisioning, commands, passwordHasher::hash, clock, files.uploads()).loadIfAbsent();
            LOG.info("\n{}", DemoData.describeLogins());
        }

        BodyLimits limits = new BodyLimits(config.listener().maxRequestBytes(), protection.maxUploadChunkBytes());
        ServedRoutes served = new ServedRoutes();
        Javalin app = HttpApi.create(
                mapper,
                limits,
                clientAddresses(protection),
                new AllowedHosts(config.listener().allowedHosts()),
                served,
                metrics.requestTimings());
        CurrentUsers currentUsers = new CurrentUsers(new TokenAuthenticator(verifier, sessions), accounts);
        ApiKeyVerifier apiKeys =
                new ApiKeyVerifier(database, mapper, new ApiKeyThrottle(database, protection.throttle(), clock), clock);
        // Before any route: every answer names the protocols accepted, and sync calls of another version stop here.
        app.before(new ProtocolGate(
                config.benchReleases().protocols(),
                database.withoutTenant(DataEpochs::current).id()));
        ApiRoutes routes = new ApiRoutes(app, currentUsers, apiKeys, limits);
        JsonBodies bodies = new JsonBodies(mapper, limits.json());
        CommandMetas metas = new CommandMetas(clock);

        HealthRoutes.register(routes, new DatabaseHealth(database));
        ProtocolGate.registerNotice(routes, config.benchReleases());
        String publishedKeys = publishedKeys(keys, recordKeys);
        TrustService trust = new TrustService(database, recordKeys, mapper, clock, authenticationAudit);
        AuthRoutes.register(routes, logins, bodies, reads, publishedKeys);
        OidcRoutes.register(
                routes,
                identityProvider,
                new ProviderPeople(database, mapper, clock, authenticationAudit, accounts),
                logins,
                bodies);
        SampleRoutes.register(
                routes,
                new SampleQueries(reads),
                new AnswerCache(mapper, AnswerCache.DEFAULT_MAXIMUM_BYTES),
                commands,
                metas,
                bodies);
        MaterialRoutes.register(routes, new MaterialList(reads), commands, metas, bodies);
        DeviceRoutes.register(routes, new DeviceQueries(reads), commands, metas, bodies);
        RecipeRoutes.register(routes, new RecipeQueries(reads), commands, metas, bodies);
        CustodyRoutes.register(routes, new CustodyQueries(reads), commands, metas, bodies);
        ElnRoutes.register(
                routes,
                new ElnQueries(reads, database.dialect()),
                new ElnSignatures(database, mapper, recordKeys.publicKeys()),
                commands,
                metas,
                bodies,
                logins);
        ElnRecordRoutes.register(routes, new ElnRecords(reads, clock), new EntryPdf());
        SopRoutes.register(routes, new SopQueries(reads), commands, metas, bodies);
        QualificationRoutes.register(routes, new QualificationQueries(reads), commands, metas, bodies);
        RunRoutes.register(routes, new RunQueries(reads), commands, metas, bodies);
        RunReviewRoutes.register(
                routes,
                new RunReviewQueries(database, mapper, recordKeys.publicKeys()),
                commands,
                metas,
                bodies,
                logins);
        RunReportRoutes.register(routes, new RunReports(reads, files.uploads(), clock), new RunReportPdf());
        InstrumentQueries instrumentQueries = new InstrumentQueries(reads);
        CalibrationRoutes.register(
                routes, instrumentQueries, new CalibrationQueries(reads), commands, metas, bodies, clock);
        InstrumentRoutes.register(routes, instrumentQueries, commands, metas, bodies);
        SpcRoutes.register(routes, new SpcQueries(reads, database, mapper), commands, metas, bodies, logins);
        LabImportRoutes.register(
                routes,
                new MaterialQueries(reads),
                new PeopleImport(database, provisioning, passwordHasher),
                commands,
                metas);
        WorkstationRegistry workstations = new WorkstationRegistry(database, mapper, clock);
        WorkstationGate workstationGate = new WorkstationGate(workstations);
        SyncRoutes.register(
                routes,
                new SyncService(database, commands, trust, mapper, clock),
                new PullStreams(
                        new StreamedPull(database, trust, mapper, clock),
                        new InitialLoad(database, trust, mapper, clock)),
                bodies,
                workstationGate,
                metrics.sync());
        LiveUpdates live =
                LiveUpdates.start(database, config.database(), StreamSettings.DEFAULTS, sessions::isRevoked, clock);
        ChangeStreamRoutes.register(routes, live.changes(), verifier, workstationGate, clock);
        TrustRoutes.register(routes, trust, bodies, new ReviewQueries(reads), mapper, publishedKeys, workstationGate);
        AdminRoutes.register(
                routes,
                new WorkstationQueries(database),
                workstations,
                new OrganizationSettingsService(database, mapper, clock),
                bodies,
                mapper);
        AuditCheckpointRoutes.register(routes, new CheckpointTable(database));
        AuditVerifications auditVerifications = new AuditVerifications(
                new StreamedAuditCheck(database, mapper, new CheckpointTable(database), recordKeys.publicKeys()),
                clock);
        AuditViewerRoutes.register(
                routes, new AuditEntries(database, mapper), auditVerifications, new AuditTrailPdf(), clock);
        FileRoutes.register(routes, files.uploads(), new OrganizationSettingsService(database, mapper, clock), bodies);
        PeopleRoutes.register(
                routes,
                new PeopleQueries(reads),
                new PeopleAdministration(
                        database,
                        mapper,
                        clock,
                        provisioning,
                        deactivation,
                        new PeopleAdministration.Credentials(
                                passwordHasher, passwordPolicy, refreshTokenStore, sessions, accounts)),
                bodies);
        ApiKeyRoutes.register(routes, new ApiKeyAdministration(database, mapper, clock, new SecureRandom()), bodies);
        CalibrationReportRoutes.register(routes, reads, clock);
        ExportRoutes.register(
                routes, new RecordsExport(database, mapper, files.uploads(), recordKeys, clock, VERSION), clock);
        List<ApiRoutes.Route> described = new ArrayList<>(routes.all());
        String openApi = OpenApiDocument.json(OpenApiDocument.describe(described, routes.answers(), VERSION));
        routes.open(HandlerType.GET, "/openapi.json", "This document", null, ctx -> ctx.contentType("application/json")
                .result(openApi));

        AuthHousekeeping housekeeping =
                new AuthHousekeeping(refreshTokens, throttle, sessions, protection.housekeepingInterval());
        app.start(config.listener().host(), config.listener().port());
        LOG.info("Listening on http://{}:{}", config.listener().host(), app.port());
        Optional<InetSocketAddress> metricsAddress = serveMetrics(metrics, app);
        metricsAddress.ifPresent(address ->
                LOG.info("Metrics for Prometheus on http://{}:{}/metrics", address.getHostString(), address.getPort()));
        AuditCheckpointer checkpointer = new AuditCheckpointer(
                auditCheckpoints,
                database.auditActivity(),
                checkpointDirectory,
                config.audit().checkpointInterval());
        checkpointer.start();
        files.startSweeping(protection.housekeepingInterval());
        return new SyncServer(
                database,
                app,
                checkpointer,
                files,
                routes.all(),
                served,
                new ServerParts(
                        mapper,
                        database,
                        commands,
                        provisioning,
                        passwordHasher,
                        tokens,
                        recordKeys,
                        auditCheckpoints,
                        trust,
                        refreshTokens,
                        sessions,
                        authenticationAudit,
                        deactivation,
                        housekeeping),
                metrics,
                metricsAddress,
                live,
                accounts);
    }

    /**
     * The platform operation that opens a new lab with its first admin, audited in the new
     * organization's trail and checkpointed at once. Runs as the application role; development
     * mode migrates first, as {@code serve} does, production expects a current schema.
     */
    public static Organization createOrganization(
            ServerConfig config, String slug, String name, String adminEmail, char[] adminPassword) {
        return createOrganization(config, slug, name, adminEmail, "Administrator", adminPassword);
    }

    /**
     * As {@link #createOrganization(ServerConfig, String, String, String, char[])}, with the first
     * admin's name; the password must meet the password policy.
     *
     * @throws ConfigException naming what is wrong with the password, the slug or the e-mail
     */
    public static Organization createOrganization(
            ServerConfig config, String slug, String name, String adminEmail, String adminName, char[] adminPassword) {
        if (PasswordPolicy.baseline().check(adminPassword) instanceof PasswordPolicy.Unacceptable unacceptable) {
            throw new ConfigException("The password is not acceptable: " + unacceptable.reason());
        }
        prepareSchemaForTool(config);
        Clock clock = Clock.systemUTC();
        ObjectMapper mapper = DomainJson.newMapper();
        try (Database database = Database.connect(config.database(), 2, Duration.ofSeconds(30), new TenantActivity())) {
            Provisioning provisioning = new Provisioning(database, mapper, clock);
            Organization organization = provisioning.createOrganization(slug, name, null);
            provisioning.createUser(
                    organization.id(),
                    adminEmail,
                    adminName,
                    Role.ADMIN,
                    new PasswordHasher().hash(adminPassword),
                    null);
            CheckpointDirectory directory =
                    new CheckpointDirectory(config.audit().checkpointDirectory());
            new AuditCheckpoints(database, recordSigningKeys(config, clock), directory, clock)
                    .checkpoint(organization.id());
            return organization;
        }
    }

    /** What {@code create-user} came to. */
    public sealed interface NewUser {}

    /** @param temporaryPassword the password the person must replace at their first sign-in */
    public record UserCreated(UserAccount person, char[] temporaryPassword) implements NewUser {}

    public record UserRefused(String message) implements NewUser {}

    /**
     * {@code create-user}: adds a person to an organization with a temporary password (generated,
     * or {@code chosenPassword}, held to the policy), audited like an admin's addition, as the
     * application role.
     */
    public static NewUser createUser(
            ServerConfig config, UUID organizationId, String email, String name, String role, char[] chosenPassword) {
        prepareSchemaForTool(config);
        Clock clock = Clock.systemUTC();
        ObjectMapper mapper = DomainJson.newMapper();
        try (Database database = Database.connect(config.database(), 2, Duration.ofSeconds(30), new TenantActivity());
                SessionRevocations sessions = new SessionRevocations(
                        database, config.database(), config.tokens().accessTokenLifetime(), clock)) {
            boolean exists = database.inTenant(
                    organizationId, connection -> new JdbcDomainState(connection, organizationId, mapper)
                            .organization()
                            .isPresent());
            if (!exists) {
                return new UserRefused("No organization " + organizationId);
            }
            JdbcRefreshTokenStore refreshTokens = new JdbcRefreshTokenStore(database, sessions);
            Provisioning provisioning = new Provisioning(database, mapper, clock);
            PeopleAdministration people = new PeopleAdministration(
                    database,
                    mapper,
                    clock,
                    provisioning,
                    new UserDeactivation(
                            database,
                            mapper,
                            clock,
                            refreshTokens,
                            sessions,
                            DeviceKeyStore::revokeAllOf,
                            AccountChanges.NOTHING_CACHED),
                    new PeopleAdministration.Credentials(
                            new PasswordHasher(),
                            PasswordPolicy.baseline(),
                            refreshTokens,
                            sessions,
                            AccountChanges.NOTHING_CACHED));
            PeopleAdministration.Outcome outcome =
                    people.addByOperator(organizationId, email, name, role, chosenPassword);
            if (outcome instanceof PeopleAdministration.Done done) {
                return new UserCreated(done.person(), done.temporaryPassword());
            }
            return new UserRefused(
                    outcome instanceof PeopleAdministration.Refused refused
                            ? refused.message()
                            : "No organization " + organizationId);
        }
    }

    /**
     * {@code deactivate-user}: ends everything a person who leaves could act with - account,
     * sessions (on every running instance within a second), refresh tokens, device keys - in one
     * audited transaction, as the application role.
     */
    public static UserDeactivation.Outcome deactivateUser(ServerConfig config, String email, String reason) {
        prepareSchemaForTool(config);
        Clock clock = Clock.systemUTC();
        try (Database database = Database.connect(config.database(), 2, Duration.ofSeconds(30), new TenantActivity());
                SessionRevocations sessions = new SessionRevocations(
                        database, config.database(), config.tokens().accessTokenLifetime(), clock)) {
            return new UserDeactivation(
                            database,
                            DomainJson.newMapper(),
                            clock,
                            new JdbcRefreshTokenStore(database, sessions),
                            sessions,
                            DeviceKeyStore::revokeAllOf,
                            AccountChanges.NOTHING_CACHED)
                    .deactivate(email, reason, null);
        }
    }

    /**
     * {@code verify-audit}: every organization's chain against the newest checkpoints found in the
     * checkpoint directory, the given folders (checkpoints exported from bench PCs) and the
     * database. Reads as the owner, the one role that sees every organization.
     */
    public static AuditVerification verifyAudit(ServerConfig config, List<Path> witnessDirectories) {
        DatabaseSettings.Credentials owner = requireOwner(config, "verify-audit");
        ObjectMapper mapper = DomainJson.newMapper();
        List<Path> directories = new ArrayList<>();
        directories.add(config.audit().checkpointDirectory());
        directories.addAll(witnessDirectories);
        try (Database database = new Database(
                ConnectionPools.openOwnerPool(config.database(), owner, 2, Duration.ofSeconds(30)),
                config.database().dialect())) {
            return new AuditTrailCheck(
                            new AuditVerifier(database, mapper),
                            new CheckpointTable(database),
                            directories,
                            recordPublicKeys(config))
                    .run();
        }
    }

    /**
     * {@code export-records}: one organization's complete records, signed with this server's
     * record-signing key, into a new folder or zip (see {@link RecordsExport}). The slug is looked
     * up as the owner when its credentials are set (no tenant is known yet); otherwise give the
     * organization's id. The export itself reads as the application role inside the organization.
     */
    public static RecordsExport.Written exportRecords(ServerConfig config, String organization, Path target)
            throws IOException {
        prepareSchemaForTool(config);
        RecordSigningKeys keys = existingRecordKeys(
                config,
                "No record-signing keys at " + config.recordKeyFile()
                        + ": an export is signed with the keys of the server that holds the records");
        UUID organizationId = organizationNamed(config, organization);
        Clock clock = Clock.systemUTC();
        try (Database database = Database.connect(config.database(), 2, Duration.ofSeconds(30), new TenantActivity());
                FileKeeping files = FileKeeping.open(config.files(), database, clock)) {
            RecordsExport export =
                    new RecordsExport(database, DomainJson.newMapper(), files.uploads(), keys, clock, VERSION);
            if (export.organization(organizationId).isEmpty()) {
                throw new ConfigException("No organization " + organization);
            }
            ExportTarget out = target.getFileName()
                            .toString()
                            .toLowerCase(java.util.Locale.ROOT)
                            .endsWith(".zip")
                    ? ExportTarget.zip(Files.newOutputStream(target, java.nio.file.StandardOpenOption.CREATE_NEW))
                    : ExportTarget.directory(target);
            return export.write(organizationId, out);
        }
    }

    private static UUID organizationNamed(ServerConfig config, String organization) {
        try {
            return UUID.fromString(organization);
        } catch (IllegalArgumentException notAnId) {
            DatabaseSettings.Credentials owner = config.database()
                    .owner()
                    .orElseThrow(() -> new ConfigException("Finding an organization by its slug needs the owner's"
                            + " credentials (DATABASE_OWNER_USER); or give the organization's id"));
            try (Database database = new Database(
                    ConnectionPools.openOwnerPool(config.database(), owner, 1, Duration.ofSeconds(30)),
                    config.database().dialect())) {
                return new AuditVerifier(database, DomainJson.newMapper())
                        .organizations().stream()
                                .filter(known -> known.slug().equals(organization.strip()))
                                .map(AuditVerifier.Organization::id)
                                .findFirst()
                                .orElseThrow(() -> new ConfigException("No organization " + organization));
            }
        }
    }

    /** {@code backup <file>}: a single-PC lab's consistent, verified copy (see {@link LabBackup}). */
    public static LabBackup.Written backup(ServerConfig config, Path target) throws IOException {
        prepareSchemaForTool(config);
        return labBackup(config).write(target);
    }

    /** As {@link #backup}, answering only what the verifying restore found (for the bench's button). */
    public static String backupVerified(ServerConfig config, Path target) throws IOException {
        return backup(config, target).verified();
    }

    /** {@code verify-backup <file>}: restores a backup aside and verifies it; changes nothing. */
    public static String verifyBackup(ServerConfig config, Path backup) throws IOException {
        return labBackup(config).verify(backup);
    }

    /** {@code restore <file>}: the lab's files replaced by a verified backup's; the server must be stopped. */
    public static LabBackup.Restored restore(ServerConfig config, Path backup) throws IOException {
        LabBackup.Restored restored = labBackup(config).restore(backup);
        // The restored data is a new epoch: benches that synced since the backup send again what it lacks.
        Migrations.migrate(config.database());
        DatabaseSettings.Credentials owner = requireOwner(config, "restore");
        try (Database database = new Database(
                ConnectionPools.openOwnerPool(config.database(), owner, 1, Duration.ofSeconds(30)),
                config.database().dialect())) {
            database.withoutTenant(connection ->
                    DataEpochs.begin(connection, Clock.systemUTC().instant(), "restored from " + backup.getFileName()));
        }
        return restored;
    }

    /**
     * {@code restore <dump>} on PostgreSQL (ADR 0040): the dump put in the lab's place as a new data
     * epoch, and the restore declared beside the audit checkpoints, signed with the record key: each
     * organization's trail ends where the backup's did, so checkpoints signed after the backup are
     * superseded rather than reported as a truncation.
     */
    public static PostgresBackup.Restored restore(ServerConfig config, PostgresBackup backups, Path dump)
            throws IOException {
        DatabaseSettings.Credentials owner = requireOwner(config, "restore");
        RecordSigningKeys keys = existingRecordKeys(
                config,
                "Put the record-signing key file back first (" + config.recordKeyFile()
                        + "): benches' changes and the audit checkpoints are checked with it, and the restore signs"
                        + " its declaration with it");
        PostgresBackup.Restored restored = backups.restore(dump);
        Map<UUID, Long> heads;
        try (Database database = new Database(
                ConnectionPools.openOwnerPool(config.database(), owner, 1, Duration.ofSeconds(30)),
                config.database().dialect())) {
            heads = database.withoutTenant(RestoreDeclaration::restoredHeads);
        }
        new CheckpointDirectory(config.audit().checkpointDirectory())
                .write(RestoreDeclaration.issue(
                        keys.signingKey(),
                        restored.epoch().id(),
                        restored.epoch().beganAt(),
                        heads));
        return restored;
    }

    /** The record-signing keys a command signs with; never made anew by a command. */
    private static RecordSigningKeys existingRecordKeys(ServerConfig config, String whenMissing) throws IOException {
        if (!Files.exists(config.recordKeyFile())) {
            throw new ConfigException(whenMissing);
        }
        try {
            return RecordSigningKeys.load(config.recordKeyFile());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(
                    "Cannot read the record-signing keys at " + config.recordKeyFile() + ": " + e.getMessage());
        }
    }

    private static LabBackup labBackup(ServerConfig config) {
        return new LabBackup(config, DomainJson.newMapper(), Clock.systemUTC(), restored -> {
            ServerConfig copy = ServerConfigLoader.load(
                    Map.of("SPECTRA_MODE", config.mode().wireName(), "SPECTRA_DATA_DIR", restored.toString()));
            AuditVerification verification;
            try {
                verification = verifyAudit(copy, List.of());
            } catch (RuntimeException e) {
                throw new LabBackup.BackupDamaged("Its database does not open: " + e.getMessage());
            }
            if (!verification.keysFound()) {
                throw new LabBackup.BackupDamaged("It lacks the keys its audit checkpoints were signed with");
            }
            if (!verification.allIntact()) {
                throw new LabBackup.BackupDamaged("Its audit trail is not intact: "
                        + verification.results().stream()
                                .filter(result -> !result.verdict().intact())
                                .map(result -> result.organization().slug() + ": "
                                        + result.verdict().describe())
                                .collect(Collectors.joining("; ")));
            }
            int organizations = verification.results().size();
            return organizations + (organizations == 1 ? " organization" : " organizations")
                    + ", every audit trail intact and matching its signed checkpoints";
        });
    }

    /** The metrics endpoint, or a clear refusal to start when its address is taken. */
    private static Optional<InetSocketAddress> serveMetrics(ServerMetrics metrics, Javalin app) {
        try {
            return metrics.serve();
        } catch (UncheckedIOException e) {
            app.stop();
            metrics.close();
            throw new ConfigException(
                    e.getMessage() + " (SPECTRA_METRICS_HOST, SPECTRA_METRICS_PORT: a free port of this machine)");
        }
    }

    /** This server's record keys, public halves, if the key file is there; never creates one. */
    private static Optional<PublicKeys> recordPublicKeys(ServerConfig config) {
        if (!Files.exists(config.recordKeyFile())) {
            return Optional.empty();
        }
        try {
            return Optional.of(RecordSigningKeys.load(config.recordKeyFile()).publicKeys());
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException(
                    "Cannot read the record-signing keys at " + config.recordKeyFile() + ": " + e.getMessage());
        }
    }

    private static void prepareSchemaForTool(ServerConfig config) {
        if (config.mode() == Mode.PROD && config.database().owner().isEmpty()) {
            requireCurrentSchema(config);
        } else {
            Migrations.migrate(config.database());
        }
    }

    private static ClientAddresses clientAddresses(ServerConfig.Protection protection) {
        try {
            return new ClientAddresses(protection.trustedProxies());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("SPECTRA_TRUSTED_PROXIES: " + e.getMessage());
        }
    }

    /**
     * Demo accounts have published passwords: production refuses to serve while any of them can
     * sign in (they are made by development mode only; deactivate-user takes them out).
     */
    private static List<String> activeDemoAccounts(Database database) {
        AccountLookup accounts = new AccountLookup(database);
        return DemoData.logins().stream()
                .filter(login -> accounts.byEmail(login.email())
                        .filter(account -> account.active() && !account.deleted())
                        .isPresent())
                .map(login -> "the demo account " + login.email() + " (published password) is active;"
                        + " deactivate it with: spectra-server deactivate-user " + login.email() + " <reason>")
                .toList();
    }

    /** The lab's identity provider: its tokens' verifier, its endpoints, what benches are told (ADR 0024). */
    private static OidcRoutes.Provider identityProvider(
            ServerConfig.OidcSettings oidc, Clock clock, ObjectMapper mapper) {
        return new OidcRoutes.Provider(
                externalProvider(oidc, clock),
                new ProviderDiscovery(oidc.issuer(), mapper),
                oidc.nameClaim(),
                oidc.benchSignIn().map(ServerConfig.BenchSignIn::clientId),
                oidc.benchSignIn().map(ServerConfig.BenchSignIn::scopes).orElse(List.of()),
                oidc.benchSignIn().map(ServerConfig.BenchSignIn::label).orElse(oidc.issuer()));
    }

    /** Tokens of the lab's own identity provider, mapped onto lab roles (ADR 0007). */
    private static OidcTokenVerifier externalProvider(ServerConfig.OidcSettings oidc, Clock clock) {
        Map<String, Role> roles = new LinkedHashMap<>();
        oidc.roleMapping().forEach((external, role) -> roles.put(external, Role.fromWireName(role)));
        OidcSettings settings = OidcSettings.of(
                oidc.issuer(),
                oidc.audience(),
                new RoleClaimMapping(oidc.roleClaim(), roles),
                new OrganizationSource.Fixed(oidc.organization()));
        try {
            return OidcTokenVerifier.withRemoteJwks(
                    settings, URI.create(oidc.jwksUrl()).toURL(), clock);
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new ConfigException("SPECTRA_OIDC_JWKS_URL is not a valid URL: " + oidc.jwksUrl());
        }
    }

    private static TokenSigningKeys signingKeys(ServerConfig config, Clock clock) {
        if (config.tokens().algorithm() == SigningAlgorithm.HS256) {
            return TokenSigningKeys.hmacSha256(config.tokens().secret().getBytes(StandardCharsets.UTF_8));
        }
        try {
            if (Files.exists(config.tokens().jwkSetFile())) {
                return TokenSigningKeys.load(config.tokens().jwkSetFile());
            }
            TokenSigningKeys generated =
                    TokenSigningKeys.generate(config.tokens().algorithm(), clock);
            Files.createDirectories(config.tokens().jwkSetFile().getParent());
            generated.save(config.tokens().jwkSetFile());
            LOG.warn(
                    "Generated a new {} signing key in {}; back this file up",
                    config.tokens().algorithm(),
                    config.tokens().jwkSetFile());
            return generated;
        } catch (IOException e) {
            throw new ConfigException("Cannot read or write the signing keys at "
                    + config.tokens().jwkSetFile() + ": " + e.getMessage());
        }
    }

    private static RecordSigningKeys recordSigningKeys(ServerConfig config, Clock clock) {
        try {
            boolean existed = Files.exists(config.recordKeyFile());
            RecordSigningKeys keys = RecordSigningKeys.loadOrCreate(config.recordKeyFile(), clock);
            if (!existed) {
                LOG.warn(
                        "Generated a new record-signing key in {}; back this file up and keep it:"
                                + " receipts and signatures made with it are checked against it for years",
                        config.recordKeyFile());
            }
            return keys;
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("Cannot read or write the record-signing keys at " + config.recordKeyFile() + ": "
                    + e.getMessage());
        }
    }

    /** Token keys and record-signing keys, public halves only, in one published set. */
    private static String publishedKeys(TokenSigningKeys tokenKeys, RecordSigningKeys recordKeys) {
        try {
            List<JWK> keys =
                    new ArrayList<>(JWKSet.parse(tokenKeys.publicJwks()).getKeys());
            keys.addAll(recordKeys.publicJwks());
            return new JWKSet(keys).toString(true);
        } catch (ParseException e) {
            throw new IllegalStateException("The token key set could not be read back", e);
        }
    }

    public int port() {
        return app.port();
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + port());
    }

    /** Every route, as registered; the OpenAPI document describes exactly these. */
    public List<ApiRoutes.Route> routes() {
        return routes;
    }

    /**
     * The routes Javalin serves, as Javalin reported them while they were added, to check that
     * nothing bypassed the registry.
     */
    public List<String> servedRoutes() {
        return served.all();
    }

    public ServerParts parts() {
        return parts;
    }

    /** Where Prometheus reads this server's metrics (ADR 0035); empty when they are off. */
    public Optional<URI> metricsUri() {
        return metricsAddress.map(
                address -> URI.create("http://" + address.getHostString() + ":" + address.getPort() + "/metrics"));
    }

    /** This instance's live-update streams (ADR 0034). */
    public LiveUpdates liveUpdates() {
        return live;
    }

    @Override
    public void close() {
        parts.housekeeping().close();
        live.close();
        app.stop();
        metrics.close();
        checkpointer.close();
        files.close();
        parts.sessions().close();
        accounts.close();
        database.close();
    }
}
