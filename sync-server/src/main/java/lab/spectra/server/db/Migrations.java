package lab.spectra.server.db;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import lab.spectra.model.jdbc.SqlDialect;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date, connected as the owner role: the shared domain tables (from
 * shared-model's {@code db/domain}, the same the bench PC's cache uses), the server's own tables
 * under {@code common}, and database-specific parts under {@code postgresql} (row-level security,
 * grants, the definer functions, full-text search) and {@code h2} (the audit log's append-only
 * guard). Scripts are history: never edited once released.
 */
public final class Migrations {

    private Migrations() {}

    public static MigrateResult migrate(DatabaseSettings settings) {
        DatabaseSettings.Credentials owner = settings.owner()
                .orElseThrow(() ->
                        new IllegalStateException("Migrations run as the owner role, and no owner is configured"));
        return flyway(settings, owner).migrate();
    }

    /**
     * The versions not yet applied, asked as the application role (it may read the migration
     * history and nothing else of Flyway's), so a server that does not migrate by itself can refuse
     * to run on a schema older than its code.
     *
     * @throws IllegalStateException when the history cannot be read, e.g. on a schema from before
     *     the application role was allowed to read it
     */
    public static List<String> pending(DatabaseSettings settings) {
        try {
            return Arrays.stream(flyway(settings, settings.app()).info().pending())
                    .map(MigrationInfo::getVersion)
                    .map(String::valueOf)
                    .toList();
        } catch (FlywayException e) {
            throw new IllegalStateException(
                    "Cannot read the schema's migration history as " + settings.app() + ": " + e.getMessage(), e);
        }
    }

    private static Flyway flyway(DatabaseSettings settings, DatabaseSettings.Credentials role) {
        SqlDialect dialect = settings.dialect();
        List<String> locations = new ArrayList<>(List.of("classpath:db/domain", "classpath:db/migration/common"));
        locations.add(
                dialect == SqlDialect.POSTGRESQL ? "classpath:db/migration/postgresql" : "classpath:db/migration/h2");
        return Flyway.configure()
                .dataSource(settings.url(), role.user(), role.password())
                .locations(locations.toArray(String[]::new))
                .placeholders(Map.of(
                        "json",
                        dialect == SqlDialect.POSTGRESQL ? "jsonb" : "JSON",
                        "app_role",
                        settings.app().user(),
                        "login_role",
                        settings.login().user()))
                .load();
    }
}
