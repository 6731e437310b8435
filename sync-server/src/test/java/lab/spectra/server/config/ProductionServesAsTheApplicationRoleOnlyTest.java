package lab.spectra.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import lab.spectra.server.ServerMain;
import lab.spectra.server.SyncServer;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.ProductionSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * In production {@code serve} runs with the application role only (issue 11): given the owner's
 * credentials it refuses to start, unless told {@code --migrate}, which migrates and then drops the
 * owner's connection before serving. Without migrating it refuses a schema older than its code.
 */
class ProductionServesAsTheApplicationRoleOnlyTest {

    private PostgresTestDatabase postgres;

    @AfterEach
    void dropDatabase() {
        postgres.close();
    }

    private long ownerConnections() throws SQLException {
        try (Connection app = postgres.appConnection();
                PreparedStatement count = app.prepareStatement("SELECT count(*) FROM pg_stat_activity"
                        + " WHERE usename = ? AND datname = current_database()")) {
            count.setString(1, postgres.settings().owner().orElseThrow().user());
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    @Test
    void serveRefusesTheOwnersCredentials() {
        postgres = PostgresTestDatabase.createMigrated();
        ProductionSetup.Run run = ProductionSetup.command(new ProductionSetup(postgres).environment(true), "serve");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("application role only", "serve --migrate");
    }

    @Test
    void serveDashDashMigrateMigratesThenServesWithoutTheOwner() throws SQLException {
        postgres = PostgresTestDatabase.createEmpty();
        ProductionSetup.Run run =
                ProductionSetup.command(new ProductionSetup(postgres).environment(true), "serve", "--migrate");
        assertThat(run.outcome()).isInstanceOf(ServerMain.Serving.class);
        try (SyncServer server = ((ServerMain.Serving) run.outcome()).server()) {
            assertThat(new Http(server.baseUri()).get("/health/db", null).status())
                    .isEqualTo(200);
            assertThat(ownerConnections()).isZero();
        }
    }

    @Test
    void serveWithoutTheOwnerRunsOnACurrentSchema() {
        postgres = PostgresTestDatabase.createMigrated();
        ProductionSetup.Run run = ProductionSetup.command(new ProductionSetup(postgres).environment(false), "serve");
        assertThat(run.outcome()).isInstanceOf(ServerMain.Serving.class);
        try (SyncServer server = ((ServerMain.Serving) run.outcome()).server()) {
            Http.Response unknown = new Http(server.baseUri())
                    .post("/auth/login", null, Map.of("username", "nobody@example.org", "password", "x"));
            assertThat(unknown.status()).isEqualTo(401);
        }
    }

    @Test
    void aSchemaOlderThanTheServerIsRefused() {
        postgres = PostgresTestDatabase.createEmpty();
        postgres.migrateTo("1.1");
        ProductionSetup production = new ProductionSetup(postgres);
        assertThatThrownBy(() -> SyncServer.start(
                                production.config(postgres.settings().withoutOwner()))
                        .close())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("spectra-server migrate");
    }
}
