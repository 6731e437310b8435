package lab.spectra.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.audit.AuditChain;
import lab.spectra.model.audit.AuditEntry;
import lab.spectra.model.auth.Role;
import lab.spectra.model.jdbc.RowMapping;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.model.protocol.Table;
import lab.spectra.server.auth.JdbcRefreshTokenStore;
import lab.spectra.server.auth.PasswordHasher;
import lab.spectra.server.auth.PasswordPolicy;
import lab.spectra.server.auth.SessionRevocations;
import lab.spectra.server.auth.UserDeactivation;
import lab.spectra.server.config.ConfigException;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.config.ServerConfigLoader;
import lab.spectra.server.db.ConnectionPools;
import lab.spectra.server.db.Database;
import lab.spectra.server.db.DatabaseSettings;
import lab.spectra.server.db.Migrations;
import lab.spectra.server.demo.DemoData;
import lab.spectra.server.org.Provisioning;
import lab.spectra.server.trust.KeyRotation;

/**
 * The server's command line.
 * <ul>
 *   <li>{@code serve} (default) - migrate and serve; {@code --demo} also loads the demo labs</li>
 *   <li>{@code migrate} - only bring the schema up to date (as the owner role)</li>
 *   <li>{@code verify-audit} - recompute every organization's audit chain, name the first broken
 *       entry, exit 1 if any is broken (reads as the owner role, which sees every tenant)</li>
 *   <li>{@code demo-logins} - print the demo accounts</li>
 *   <li>{@code create-organization <slug> <name> <admin e-mail>} - the platform operation that
 *       opens a new lab with its first admin (audited)</li>
 *   <li>{@code deactivate-user <e-mail> <reason>} - deactivates an account and revokes its
 *       sessions, refresh tokens and device keys (audited)</li>
 *   <li>{@code rotate-keys} - a new token signing key and record-signing key; the old ones are
 *       retired and stay published for verification</li>
 * </ul>
 * Configuration comes from the environment (see {@link ServerConfigLoader}).
 */
public final class ServerMain {

    private ServerMain() {}

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        String command = arguments.stream()
                .filter(arg -> !arg.startsWith("--"))
                .findFirst()
                .orElse("serve");
        try {
            ServerConfig config = ServerConfigLoader.fromEnvironment();
            switch (command) {
                case "serve" -> serve(arguments.contains("--demo") ? config.withDemoData(true) : config);
                case "migrate" ->
                    System.out.println(
                            "Schema at version " + Migrations.migrate(config.database()).targetSchemaVersion);
                case "verify-audit" -> System.exit(verifyAudit(config.database()));
                case "demo-logins" -> System.out.print(DemoData.describeLogins());
                case "create-organization" -> createOrganization(config, operands(arguments));
                case "deactivate-user" -> deactivateUser(config, operands(arguments));
                case "rotate-keys" -> rotateKeys(config);
                default -> {
                    System.err.println("Unknown command " + command + "; use serve, migrate, verify-audit, demo-logins,"
                            + " create-organization, deactivate-user or rotate-keys");
                    System.exit(2);
                }
            }
        } catch (ConfigException e) {
            System.err.println("Configuration problem: " + e.getMessage());
            System.exit(2);
        }
    }

    /**
     * The platform operation that opens a new lab: the organization and its first admin, audited
     * in the new organization's trail. The admin's password is read from SPECTRA_NEW_ADMIN_PASSWORD
     * so that it does not end up in the shell history.
     */
    private static void createOrganization(ServerConfig config, List<String> arguments) {
        if (arguments.size() != 3) {
            System.err.println("Usage: create-organization <slug> <name> <admin e-mail>"
                    + " (password in SPECTRA_NEW_ADMIN_PASSWORD)");
            System.exit(2);
        }
        String password = System.getenv("SPECTRA_NEW_ADMIN_PASSWORD");
        if (password == null || password.isEmpty()) {
            System.err.println("Set SPECTRA_NEW_ADMIN_PASSWORD to the first admin's password ("
                    + PasswordPolicy.MINIMUM_LENGTH + " characters or more, not a common one)");
            System.exit(2);
        }
        if (PasswordPolicy.baseline().check(password.toCharArray())
                instanceof PasswordPolicy.Unacceptable unacceptable) {
            System.err.println("SPECTRA_NEW_ADMIN_PASSWORD is not acceptable: " + unacceptable.reason());
            System.exit(2);
        }
        Migrations.migrate(config.database());
        try (var pool = ConnectionPools.openApplicationPool(config.database(), 2, Duration.ofSeconds(30));
                var database = new Database(pool, config.database().dialect())) {
            var provisioning = new Provisioning(database, DomainJson.newMapper(), Clock.systemUTC());
            var organization = provisioning.createOrganization(arguments.get(0), arguments.get(1), null);
            provisioning.createUser(
                    organization.id(),
                    arguments.get(2),
                    "Administrator",
                    Role.ADMIN,
                    new PasswordHasher().hash(password.toCharArray()),
                    null);
            System.out.println("Created organization " + organization.slug() + " (" + organization.id()
                    + ") with admin " + arguments.get(2));
        }
    }

    /** The arguments after the command's name, without options. */
    private static List<String> operands(List<String> arguments) {
        return arguments.stream().filter(arg -> !arg.startsWith("--")).skip(1).toList();
    }

    /**
     * Deactivates an account for good (until the administration screens can enable it again):
     * its sessions end on every running instance within a second, and the reason is audited.
     */
    private static void deactivateUser(ServerConfig config, List<String> arguments) {
        if (arguments.size() < 2) {
            System.err.println("Usage: deactivate-user <e-mail> <reason>");
            System.exit(2);
        }
        String reason = String.join(" ", arguments.subList(1, arguments.size()));
        Migrations.migrate(config.database());
        try (var pool = ConnectionPools.openApplicationPool(config.database(), 2, Duration.ofSeconds(30));
                var database = new Database(pool, config.database().dialect());
                var sessions = new SessionRevocations(
                        database, config.database(), config.tokens().accessTokenLifetime(), Clock.systemUTC())) {
            var deactivation = new UserDeactivation(
                    database,
                    DomainJson.newMapper(),
                    Clock.systemUTC(),
                    new JdbcRefreshTokenStore(database, sessions),
                    sessions,
                    UserDeactivation.DeviceKeys.NONE_YET);
            UserDeactivation.Outcome outcome = deactivation.deactivate(arguments.get(0), reason, null);
            if (outcome instanceof UserDeactivation.Deactivated done) {
                System.out.println(
                        "Deactivated " + arguments.get(0) + (done.wasActive() ? "" : " (was inactive already)")
                                + ": " + done.sessionsEnded() + " sessions ended, " + done.refreshTokens()
                                + " refresh tokens and " + done.deviceKeys() + " device keys revoked");
            } else {
                System.err.println("No account " + arguments.get(0));
                System.exit(1);
            }
        }
    }

    /** New signing keys in the key files; restart the server (every instance) to use them. */
    private static void rotateKeys(ServerConfig config) {
        KeyRotation.Rotated rotated = KeyRotation.rotate(config, Clock.systemUTC());
        rotated.tokenKeys()
                .ifPresentOrElse(
                        ids -> System.out.println("Token keys (the first signs): " + String.join(", ", ids)),
                        () -> System.out.println(
                                "Token keys: HS256 with SPECTRA_JWT_SECRET, which has no key file to rotate"));
        System.out.println("Record-signing keys (the first signs): " + String.join(", ", rotated.recordKeys()));
        System.out.println("Restart the server (every instance) to sign with the new keys.");
    }

    private static void serve(ServerConfig config) {
        SyncServer server = SyncServer.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "spectra-shutdown"));
    }

    static int verifyAudit(DatabaseSettings database) {
        var mapper = DomainJson.newMapper();
        RowMapping<AuditEntry> mapping = RowMapping.of(Table.AUDIT_LOG);
        int broken = 0;
        try (Connection owner =
                DriverManager.getConnection(database.url(), database.ownerUser(), database.ownerPassword())) {
            List<UUID> organizations = new ArrayList<>();
            try (Statement statement = owner.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT id, slug FROM organizations ORDER BY slug")) {
                while (rows.next()) {
                    organizations.add(rows.getObject(1, UUID.class));
                }
            }
            for (UUID organization : organizations) {
                List<AuditEntry> entries = new ArrayList<>();
                try (var select =
                        owner.prepareStatement(mapping.select() + " WHERE organization_id = ? ORDER BY sequence")) {
                    select.setObject(1, organization);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            entries.add(mapping.read(rows, mapper));
                        }
                    }
                }
                Optional<AuditChain.Break> result = AuditChain.verify(entries);
                if (result.isPresent()) {
                    broken++;
                    System.out.println("BROKEN  organization " + organization + ": "
                            + result.get().describe());
                } else {
                    System.out.println("OK      organization " + organization + ": " + entries.size() + " entries");
                }
            }
        } catch (SQLException e) {
            System.err.println("Cannot read the audit trail: " + e.getMessage());
            return 2;
        }
        return broken == 0 ? 0 : 1;
    }
}
