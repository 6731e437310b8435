package lab.spectra.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.jdbc.SqlDialect;
import lab.spectra.model.org.Organization;
import lab.spectra.server.audit.AuditVerification;
import lab.spectra.server.audit.RestoreDeclaration;
import lab.spectra.server.auth.UserDeactivation;
import lab.spectra.server.auth.login.PasswordPolicy;
import lab.spectra.server.backup.LabBackup;
import lab.spectra.server.backup.PostgresBackup;
import lab.spectra.server.config.ConfigException;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.config.ServerConfigLoader;
import lab.spectra.server.db.Migrations;
import lab.spectra.server.demo.DemoData;
import lab.spectra.server.export.ExportVerifier;
import lab.spectra.server.export.RecordsExport;

/**
 * The server's command line. It parses arguments and prints; {@link SyncServer} wires and runs.
 * <ul>
 *   <li>{@code serve} (default) - serve; development mode migrates first. In production it runs as
 *       the application role only: {@code --migrate} migrates as the owner first and then drops
 *       the owner's connection; without it, owner credentials are refused. {@code --demo} loads the
 *       demo labs, in development mode only</li>
 *   <li>{@code migrate} - only bring the schema up to date (as the owner role)</li>
 *   <li>{@code verify-audit [--checkpoints=<folder>]...} - recompute every organization's audit
 *       chain, compare it with the newest signed checkpoints found (the checkpoint directory, the
 *       folders given, the database), name the first broken entry or a truncated tail, exit 1 if
 *       any trail is not intact (reads as the owner role, which sees every tenant)</li>
 *   <li>{@code demo-logins} - print the demo accounts</li>
 *   <li>{@code create-organization <slug> <name> <admin e-mail>} - the platform operation that
 *       opens a new lab with its first admin (audited)</li>
 *   <li>{@code create-user <organization id> <e-mail> <role> <name...>} - adds a person with a
 *       temporary password, printed once, which they must replace at their first sign-in; with
 *       {@code --password-from-stdin} the first line of standard input is that password (audited)</li>
 *   <li>{@code deactivate-user <e-mail> <reason>} - ends every session and key of a person who
 *       leaves (audited)</li>
 *   <li>{@code rotate-keys} - new token and record-signing keys; the old ones are retired</li>
 *   <li>{@code backup <file>}, {@code verify-backup <file>}, {@code restore <file>} - a single-PC
 *       lab's verified backups (H2 only; PostgreSQL has its own tools)</li>
 *   <li>{@code export-records --organization <slug> --to <folder or .zip>} - one organization's
 *       complete records in open formats with a signed manifest (ADR 0030)</li>
 *   <li>{@code verify-export <folder or zip> [--public-key <file>]} - checks such an export offline,
 *       with no settings and no database</li>
 * </ul>
 * Configuration comes from the environment (see {@link ServerConfigLoader}).
 */
public final class ServerMain {

    /** How a command ended: with an exit code, or with a server still serving. */
    public sealed interface Outcome {}

    public record Finished(int exitCode) implements Outcome {}

    public record Serving(SyncServer server) implements Outcome {}

    private static final String CHECKPOINTS = "--checkpoints=";
    private static final String PASSWORD_FROM_STDIN = "--password-from-stdin";

    private ServerMain() {}

    public static void main(String[] args) {
        Outcome outcome = run(List.of(args), System.getenv(), System.in, System.out, System.err);
        if (outcome instanceof Serving serving) {
            Runtime.getRuntime().addShutdownHook(new Thread(serving.server()::close, "spectra-shutdown"));
        } else {
            System.exit(((Finished) outcome).exitCode());
        }
    }

    /** Runs one command with the given environment and nothing on standard input. */
    public static Outcome run(
            List<String> arguments, Map<String, String> environment, PrintStream out, PrintStream err) {
        return run(arguments, environment, InputStream.nullInputStream(), out, err);
    }

    /** Runs one command with the given environment; the exit code is 2 for bad settings or usage. */
    public static Outcome run(
            List<String> arguments, Map<String, String> environment, InputStream in, PrintStream out, PrintStream err) {
        List<String> words =
                arguments.stream().filter(arg -> !arg.startsWith("--")).toList();
        String command = words.isEmpty() ? "serve" : words.get(0);
        if (command.equals("verify-export")) {
            // Offline on purpose: no settings, no database, no network.
            return verifyExport(arguments, out, err);
        }
        try {
            ServerConfig config = ServerConfigLoader.load(environment);
            return switch (command) {
                case "serve" -> serve(config, arguments);
                case "migrate" -> {
                    if (config.database().owner().isEmpty()) {
                        throw new ConfigException(
                                "migrate runs as the owner: set DATABASE_OWNER_USER and" + " DATABASE_OWNER_PASSWORD");
                    }
                    out.println("Schema at version " + Migrations.migrate(config.database()).targetSchemaVersion);
                    yield new Finished(0);
                }
                case "verify-audit" -> verifyAudit(config, arguments, out, err);
                case "demo-logins" -> {
                    out.print(DemoData.describeLogins());
                    yield new Finished(0);
                }
                case "create-organization" ->
                    createOrganization(config, words.subList(1, words.size()), environment, out, err);
                case "create-user" ->
                    createUser(
                            config,
                            words.subList(1, words.size()),
                            arguments.contains(PASSWORD_FROM_STDIN) ? in : null,
                            out,
                            err);
                case "deactivate-user" -> deactivateUser(config, words.subList(1, words.size()), out, err);
                case "rotate-keys" -> rotateKeys(config, out);
                case "export-records" -> exportRecords(config, arguments, out, err);
                case "backup", "verify-backup", "restore" ->
                    backupCommand(config, command, words.subList(1, words.size()), out, err);
                default -> {
                    err.println("Unknown command " + command + "; use serve, migrate, verify-audit, demo-logins,"
                            + " create-organization, create-user, deactivate-user, rotate-keys, backup, verify-backup,"
                            + " restore, export-records or verify-export");
                    yield new Finished(2);
                }
            };
        } catch (ConfigException e) {
            err.println("Configuration problem: " + e.getMessage());
            return new Finished(2);
        }
    }

    /**
     * A single-PC lab's backups: {@code backup <new file>} writes one and proves it by restoring it
     * aside, {@code verify-backup <file>} checks one, {@code restore <file>} puts one back (server
     * stopped; the previous files are kept). Exit 1 when a backup is damaged, 2 for bad usage.
     */
    private static Outcome backupCommand(
            ServerConfig config, String command, List<String> words, PrintStream out, PrintStream err) {
        if (words.size() != 1) {
            err.println("Usage: " + command + " <file>");
            return new Finished(2);
        }
        Path file = Path.of(words.get(0)).toAbsolutePath();
        if (config.database().dialect() == SqlDialect.POSTGRESQL) {
            return postgresBackupCommand(config, command, file, out, err);
        }
        try {
            switch (command) {
                case "backup" -> {
                    LabBackup.Written written = SyncServer.backup(config, file);
                    out.println("Backup written to " + written.file() + " (SHA-256 " + written.sha256() + ")");
                    out.println("Verified: " + written.verified());
                }
                case "verify-backup" -> out.println("Verified: " + SyncServer.verifyBackup(config, file));
                default -> {
                    LabBackup.Restored restored = SyncServer.restore(config, file);
                    out.println("Restored into " + restored.dataDirectory() + "; the previous files are kept in "
                            + restored.previousFilesKeptIn());
                    out.println("Verified: " + restored.verified());
                }
            }
            return new Finished(0);
        } catch (LabBackup.BackupDamaged e) {
            err.println(e.getMessage());
            return new Finished(1);
        } catch (IOException e) {
            err.println("Cannot read or write " + file + ": " + e.getMessage());
            return new Finished(2);
        }
    }

    /**
     * A PostgreSQL server's {@code backup} ({@code pg_dump}) and {@code restore} ({@code pg_restore}
     * into a new database, migrated, put in place; the data begins a new epoch), as the owner with
     * every instance stopped (ADR 0040).
     */
    private static Outcome postgresBackupCommand(
            ServerConfig config, String command, Path file, PrintStream out, PrintStream err) {
        PostgresBackup backups = new PostgresBackup(config.database(), Clock.systemUTC());
        try {
            switch (command) {
                case "backup" -> {
                    PostgresBackup.Written written = backups.dump(file);
                    out.println("Backup written to " + written.file() + " (dump of " + written.archiveCreated() + ")");
                }
                case "restore" -> {
                    PostgresBackup.Restored restored = SyncServer.restore(config, backups, file);
                    out.println("Restored " + file
                            + (restored.archiveCreated() == null
                                    ? ""
                                    : " (dump of " + restored.archiveCreated() + ")"));
                    out.println("The data before the restore is kept as the database " + restored.keptAs());
                    out.println("New data epoch " + restored.epoch().id()
                            + ": benches notice it at their next sync and send again what the restored data lacks");
                }
                default -> {
                    err.println("verify-backup is for a lab kept on one PC; list a PostgreSQL dump with"
                            + " pg_restore --list");
                    return new Finished(2);
                }
            }
            return new Finished(0);
        } catch (IOException e) {
            err.println("Cannot read or write " + file + ": " + e.getMessage());
            return new Finished(2);
        }
    }

    private static Outcome serve(ServerConfig config, List<String> arguments) {
        ServerConfig serving = arguments.contains("--demo") ? config.withDemoData(true) : config;
        return new Serving(
                arguments.contains("--migrate")
                        ? SyncServer.migrateThenStart(serving, Clock.systemUTC())
                        : SyncServer.start(serving, Clock.systemUTC()));
    }

    /**
     * The platform operation that opens a new lab. The admin's password is read from
     * SPECTRA_NEW_ADMIN_PASSWORD so that it does not end up in the shell history, and must meet
     * the password policy.
     */
    private static Outcome createOrganization(
            ServerConfig config,
            List<String> words,
            Map<String, String> environment,
            PrintStream out,
            PrintStream err) {
        if (words.size() != 3) {
            err.println("Usage: create-organization <slug> <name> <admin e-mail>"
                    + " (password in SPECTRA_NEW_ADMIN_PASSWORD)");
            return new Finished(2);
        }
        String password = environment.get("SPECTRA_NEW_ADMIN_PASSWORD");
        if (password == null || password.isEmpty()) {
            err.println("Set SPECTRA_NEW_ADMIN_PASSWORD to the first admin's password (" + PasswordPolicy.MINIMUM_LENGTH
                    + " characters or more, not a common one)");
            return new Finished(2);
        }
        if (PasswordPolicy.baseline().check(password.toCharArray())
                instanceof PasswordPolicy.Unacceptable unacceptable) {
            err.println("SPECTRA_NEW_ADMIN_PASSWORD is not acceptable: " + unacceptable.reason());
            return new Finished(2);
        }
        Organization organization =
                SyncServer.createOrganization(config, words.get(0), words.get(1), words.get(2), password.toCharArray());
        out.println("Created organization " + organization.slug() + " (" + organization.id() + ") with admin "
                + words.get(2));
        return new Finished(0);
    }

    /**
     * Adds a person to a lab from the command line, as its admin would on the People screen: the
     * password (generated, or the first line of standard input) is temporary and must be replaced
     * at the first sign-in; it is printed only when generated.
     *
     * @param stdin where the password comes from, or null to generate one
     */
    private static Outcome createUser(
            ServerConfig config, List<String> words, InputStream stdin, PrintStream out, PrintStream err) {
        if (words.size() < 4) {
            err.println("Usage: create-user <organization id> <e-mail> <role> <name...> [--password-from-stdin]"
                    + " (role: admin, pi, engineer, technician or viewer)");
            return new Finished(2);
        }
        UUID organization;
        try {
            organization = UUID.fromString(words.get(0));
        } catch (IllegalArgumentException e) {
            err.println("Not an organization id: " + words.get(0) + " (create-organization prints it)");
            return new Finished(2);
        }
        char[] password = null;
        if (stdin != null) {
            try {
                String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    err.println("No password on standard input");
                    return new Finished(2);
                }
                password = line.toCharArray();
            } catch (IOException e) {
                err.println("Cannot read the password from standard input: " + e.getMessage());
                return new Finished(2);
            }
        }
        String name = String.join(" ", words.subList(3, words.size()));
        SyncServer.NewUser outcome =
                SyncServer.createUser(config, organization, words.get(1), name, words.get(2), password);
        if (outcome instanceof SyncServer.UserCreated created) {
            out.println("Created " + created.person().email() + " ("
                    + created.person().role().wireName() + ") in " + organization);
            if (password == null) {
                out.println("Temporary password (shown once; to be changed at the first sign-in): "
                        + new String(created.temporaryPassword()));
            }
            return new Finished(0);
        }
        err.println(((SyncServer.UserRefused) outcome).message());
        return new Finished(1);
    }

    /**
     * Deactivates an account for good (until the administration screens can enable it again):
     * its sessions end on every running instance within a second, and the reason is audited.
     */
    private static Outcome deactivateUser(ServerConfig config, List<String> words, PrintStream out, PrintStream err) {
        if (words.size() < 2) {
            err.println("Usage: deactivate-user <e-mail> <reason>");
            return new Finished(2);
        }
        String email = words.get(0);
        String reason = String.join(" ", words.subList(1, words.size()));
        UserDeactivation.Outcome outcome = SyncServer.deactivateUser(config, email, reason);
        if (outcome instanceof UserDeactivation.Deactivated done) {
            out.println("Deactivated " + email + (done.wasActive() ? "" : " (was inactive already)") + ": "
                    + done.sessionsEnded() + " sessions ended, " + done.refreshTokens() + " refresh tokens and "
                    + done.deviceKeys() + " device keys revoked");
            return new Finished(0);
        }
        err.println("No account " + email);
        return new Finished(1);
    }

    /** New signing keys in the key files; restart the server (every instance) to use them. */
    private static Outcome rotateKeys(ServerConfig config, PrintStream out) {
        KeyRotation.Rotated rotated = KeyRotation.rotate(config, Clock.systemUTC());
        rotated.tokenKeys()
                .ifPresentOrElse(
                        ids -> out.println("Token keys (the first signs): " + String.join(", ", ids)),
                        () -> out.println(
                                "Token keys: HS256 with SPECTRA_JWT_SECRET, which has no key file to rotate"));
        out.println("Record-signing keys (the first signs): " + String.join(", ", rotated.recordKeys()));
        out.println("Restart the server (every instance) to sign with the new keys.");
        return new Finished(0);
    }

    /**
     * {@code export-records --organization <slug or id> --to <new folder or .zip>}: the organization's
     * complete records, signed (ADR 0030). Exit 2 for bad usage or an unreadable target.
     */
    private static Outcome exportRecords(
            ServerConfig config, List<String> arguments, PrintStream out, PrintStream err) {
        Optional<String> organization = option(arguments, "--organization");
        Optional<String> target = option(arguments, "--to");
        if (organization.isEmpty() || target.isEmpty()) {
            err.println("Usage: export-records --organization <slug> --to <new folder, or a file ending in .zip>");
            return new Finished(2);
        }
        Path to = Path.of(target.get()).toAbsolutePath();
        try {
            RecordsExport.Written written = SyncServer.exportRecords(config, organization.get(), to);
            out.println("Exported " + written.organization().slug() + " ("
                    + written.organization().id() + ") to " + to
                    + ": " + written.files().size() + " files, audit chain head "
                    + written.auditHead()
                            .map(head -> "#" + head.sequence() + " " + head.hash())
                            .orElse("none (empty trail)"));
            out.println("Check it with: verify-export " + to);
            return new Finished(0);
        } catch (IOException e) {
            err.println("Cannot write the export to " + to + ": " + e.getMessage());
            return new Finished(2);
        }
    }

    /**
     * {@code verify-export <folder or zip> [--public-key <file>]}: checks an export offline. Prints
     * OK, or every problem in words; exit 0 when intact, 1 when not, 2 when it cannot be read.
     */
    private static Outcome verifyExport(List<String> arguments, PrintStream out, PrintStream err) {
        Optional<String> publicKey = option(arguments, "--public-key");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--public-key")) {
                i++;
            } else if (!argument.startsWith("--")) {
                words.add(argument);
            }
        }
        if (words.size() != 2) {
            err.println("Usage: verify-export <export folder or zip> [--public-key <JWK set or JWK file>]");
            return new Finished(2);
        }
        Path location = Path.of(words.get(1)).toAbsolutePath();
        ExportVerifier.Verdict verdict;
        try {
            verdict = new ExportVerifier().verify(location, publicKey.map(Path::of));
        } catch (IOException | RuntimeException e) {
            err.println("Cannot read the export at " + location + ": " + e.getMessage());
            return new Finished(2);
        }
        if (verdict.intact()) {
            out.println("OK: " + verdict.summary());
            return new Finished(0);
        }
        out.println("NOT OK: " + verdict.problems().size() + " problem(s) in the export at " + location);
        verdict.problems().forEach(problem -> out.println("  - " + problem));
        return new Finished(1);
    }

    /** The value of {@code --name value} or {@code --name=value}. */
    private static Optional<String> option(List<String> arguments, String name) {
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals(name) && i + 1 < arguments.size()) {
                return Optional.of(arguments.get(i + 1));
            }
            if (argument.startsWith(name + "=")) {
                return Optional.of(argument.substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }

    /** Exit 0 when every trail is intact, 1 when one is not, 2 when they cannot be read. */
    private static Outcome verifyAudit(ServerConfig config, List<String> arguments, PrintStream out, PrintStream err) {
        List<Path> witnesses = arguments.stream()
                .filter(arg -> arg.startsWith(CHECKPOINTS))
                .map(arg -> Path.of(arg.substring(CHECKPOINTS.length())))
                .toList();
        AuditVerification verification;
        try {
            verification = SyncServer.verifyAudit(config, witnesses);
        } catch (RuntimeException e) {
            err.println("Cannot read the audit trail: " + e.getMessage());
            return new Finished(2);
        }
        if (!verification.keysFound()) {
            err.println("No record-signing keys at " + config.recordKeyFile()
                    + ": checkpoints cannot be checked, only the chains");
        }
        if (verification.unverifiedCheckpoints() > 0) {
            err.println("Ignored " + verification.unverifiedCheckpoints()
                    + " checkpoint(s) not signed by this server's record-signing keys");
        }
        for (RestoreDeclaration restore : verification.superseded().restores()) {
            out.println(
                    "Restored from a backup on " + restore.declaredAt() + " (data epoch " + restore.epochId() + ")");
        }
        if (verification.superseded().checkpoints() > 0) {
            out.println(verification.superseded().checkpoints() + " checkpoint(s) signed before a restore name entries"
                    + " its backup did not have; the restore superseded them (not compared)");
        }
        for (AuditVerification.Result result : verification.results()) {
            out.println(String.format(
                    "%-10s %s (%s): %s",
                    result.verdict().label(),
                    result.organization().slug(),
                    result.organization().id(),
                    result.verdict().describe()));
        }
        return new Finished(verification.allIntact() ? 0 : 1);
    }
}
