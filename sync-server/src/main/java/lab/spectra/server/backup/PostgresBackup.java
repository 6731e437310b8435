package lab.spectra.server.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lab.spectra.server.config.ConfigException;
import lab.spectra.server.db.DatabaseSettings;
import lab.spectra.server.db.Migrations;

/**
 * A PostgreSQL server's backups with PostgreSQL's own tools, run as the owner (ADR 0040):
 * {@code backup} is {@code pg_dump} in its custom format, checked by listing it; {@code restore}
 * loads a dump into a new database beside the lab's, migrates it to this release, then swaps the
 * names, so the lab's data before the restore is kept (as {@code <name>_before_restore_<time>}) and a
 * restore that fails leaves the lab's database as it was. Every server instance must be stopped: the
 * restore refuses while anything else is connected. The restored data begins a new epoch, which
 * every bench notices at its next sync.
 */
public final class PostgresBackup {

    private static final Pattern JDBC_URL =
            Pattern.compile("jdbc:postgresql://([^/:?]+)(?::(\\d+))?/([A-Za-z0-9_]+)(\\?.*)?");
    private static final Pattern ARCHIVE_CREATED = Pattern.compile(";\\s*Archive created at (.+)");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").withZone(ZoneOffset.UTC);
    private static final long TOOL_TIMEOUT_MINUTES = 120;
    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    /** Where the database is and who owns it, read from the server's settings. */
    private record Target(String host, String port, String database, String url, String owner, String password) {
        String urlOf(String otherDatabase) {
            return url.replaceFirst("/" + Pattern.quote(database) + "(\\?|$)", "/" + otherDatabase + "$1");
        }
    }

    public record Written(Path file, String archiveCreated) {}

    public record Restored(String keptAs, DataEpochs.Epoch epoch, String archiveCreated) {}

    private final DatabaseSettings settings;
    private final Clock clock;
    private final Target target;

    public PostgresBackup(DatabaseSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        DatabaseSettings.Credentials owner = settings.owner()
                .orElseThrow(() -> new ConfigException("backup and restore run as the database's owner: set"
                        + " DATABASE_OWNER_USER and DATABASE_OWNER_PASSWORD"));
        Matcher url = JDBC_URL.matcher(settings.url());
        if (!url.matches()) {
            throw new ConfigException("backup and restore need DATABASE_URL as jdbc:postgresql://host[:port]/name,"
                    + " not " + settings.url());
        }
        this.target = new Target(
                url.group(1),
                url.group(2) == null ? "5432" : url.group(2),
                url.group(3),
                settings.url(),
                owner.user(),
                owner.password());
    }

    /** {@code pg_dump} of the lab's database to a new file, then read back as a check. */
    public Written dump(Path file) throws IOException {
        if (Files.exists(file)) {
            throw new ConfigException(file + " exists already; name a new file for the backup");
        }
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        run(List.of(
                "pg_dump",
                "--format=custom",
                "--no-password",
                "--file=" + partial,
                "--host=" + target.host(),
                "--port=" + target.port(),
                "--username=" + target.owner(),
                target.database()));
        String created = archiveCreated(partial);
        Files.move(partial, file);
        return new Written(file, created);
    }

    /**
     * Restores a dump: loaded into a database of its own, migrated, then put in the lab's place. The
     * lab's database before the restore is kept under another name.
     */
    public Restored restore(Path dump) throws IOException {
        if (!Files.isRegularFile(dump)) {
            throw new ConfigException(dump + " is not a file");
        }
        String created = archiveCreated(dump);
        refuseWhileConnected(target.database());
        String stamp = STAMP.format(clock.instant());
        String restoring = target.database() + "_restoring_" + stamp;
        String kept = target.database() + "_before_restore_" + stamp;
        maintenance("CREATE DATABASE " + restoring + " TEMPLATE template0 ENCODING 'UTF8'");
        try {
            // As the production guide sets the lab's database up: only the server's roles connect.
            maintenance("REVOKE ALL ON DATABASE " + restoring + " FROM PUBLIC");
            maintenance("GRANT CONNECT ON DATABASE " + restoring + " TO "
                    + quoted(settings.app().user()) + ", "
                    + quoted(settings.login().user()));
            run(List.of(
                    "pg_restore",
                    "--exit-on-error",
                    "--single-transaction",
                    "--no-owner",
                    "--no-password",
                    "--host=" + target.host(),
                    "--port=" + target.port(),
                    "--username=" + target.owner(),
                    "--dbname=" + restoring,
                    dump.toString()));
            DatabaseSettings restored = DatabaseSettings.of(
                    target.urlOf(restoring),
                    settings.app(),
                    settings.login(),
                    settings.owner().orElseThrow());
            Migrations.migrate(restored);
        } catch (IOException | RuntimeException e) {
            maintenance("DROP DATABASE IF EXISTS " + restoring);
            throw e;
        }
        refuseWhileConnected(target.database());
        maintenance("ALTER DATABASE " + target.database() + " RENAME TO " + kept);
        maintenance("ALTER DATABASE " + restoring + " RENAME TO " + target.database());
        DataEpochs.Epoch epoch;
        try (Connection owner = DriverManager.getConnection(target.url(), target.owner(), target.password())) {
            epoch = DataEpochs.begin(
                    owner,
                    clock.instant(),
                    "restored from " + dump.getFileName() + (created == null ? "" : " (dumped " + created + ")"));
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The data was restored but its new epoch could not be written: " + e.getMessage(), e);
        }
        return new Restored(kept, epoch, created);
    }

    /** No instance may work on the data while it is replaced: anything connected is named. */
    private void refuseWhileConnected(String database) {
        try (Connection owner =
                        DriverManager.getConnection(target.urlOf("postgres"), target.owner(), target.password());
                PreparedStatement select = owner.prepareStatement(
                        "SELECT count(*), string_agg(DISTINCT usename, ', ') FROM pg_stat_activity"
                                + " WHERE datname = ? AND pid <> pg_backend_pid()")) {
            select.setString(1, database);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                if (row.getInt(1) > 0) {
                    throw new ConfigException("Stop every server instance before a restore: " + row.getInt(1)
                            + " connection(s) to " + database + " are open (" + row.getString(2) + ")");
                }
            }
        } catch (SQLException e) {
            throw new ConfigException("Cannot reach PostgreSQL as " + target.owner() + ": " + e.getMessage());
        }
    }

    /** A role named in the settings, as SQL takes it; a name that needs quoting is refused. */
    private static String quoted(String role) {
        if (!ROLE_NAME.matcher(role).matches()) {
            throw new ConfigException(
                    "The restore grants the server's roles by name; " + role + " is not a plain name");
        }
        return role;
    }

    private void maintenance(String sql) {
        try (Connection owner =
                        DriverManager.getConnection(target.urlOf("postgres"), target.owner(), target.password());
                Statement statement = owner.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new ConfigException("PostgreSQL refused '" + sql + "': " + e.getMessage());
        }
    }

    /** When the dump was made, as {@code pg_restore --list} reads it; a file that is no dump is refused. */
    private String archiveCreated(Path dump) throws IOException {
        String listing = run(List.of("pg_restore", "--list", dump.toString()));
        Matcher created = ARCHIVE_CREATED.matcher(listing);
        return created.find() ? created.group(1).strip() : null;
    }

    private String run(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", target.password());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new ConfigException(command.get(0) + " cannot be run (install PostgreSQL's client tools of the"
                    + " server's version): " + e.getMessage());
        }
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(TOOL_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new ConfigException(command.get(0) + " did not finish in " + TOOL_TIMEOUT_MINUTES + " minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new ConfigException(command.get(0) + " was interrupted");
        }
        if (process.exitValue() != 0) {
            String said = String.join("; ", output.strip().lines().limit(5).toList());
            throw new ConfigException(command.get(0) + " failed (exit " + process.exitValue() + "): "
                    + (said.isEmpty() ? "no output" : said));
        }
        return output;
    }
}
