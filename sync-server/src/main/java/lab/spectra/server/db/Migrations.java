package lab.spectra.server.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lab.spectra.model.jdbc.SqlDialect;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date, connected as the owner role: the shared domain tables (from
 * shared-model's {@code db/domain}, the same the bench PC's cache uses), the server's own tables
 * under {@code common}, and each database's own parts in its folder: {@code postgresql}
 * (row-level security, grants, full-text search) and {@code h2} (the development database). Scripts are history: never edited once released.
 */
public final class Migrations {

    private Migrations() {}

    public static MigrateResult migrate(DatabaseSettings settings) {
        SqlDialect dialect = settings.dialect();
        List<String> locations = new ArrayList<>(List.of("classpath:db/domain", "classpath:db/migration/common"));
        locations.add(
                dialect == SqlDialect.POSTGRESQL ? "classpath:db/migration/postgresql" : "classpath:db/migration/h2");
        Flyway flyway = Flyway.configure()
                .dataSource(settings.url(), settings.ownerUser(), settings.ownerPassword())
                .locations(locations.toArray(String[]::new))
                .placeholders(Map.of(
                        "json", dialect == SqlDialect.POSTGRESQL ? "jsonb" : "JSON", "app_role", settings.appUser()))
                .load();
        return flyway.migrate();
    }
}
