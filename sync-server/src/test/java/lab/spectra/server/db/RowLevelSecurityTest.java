package lab.spectra.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database layer of tenancy, attacked directly with SQL as the application role (not a
 * superuser, not the owner): the application's own scoping is not involved at all.
 */
class RowLevelSecurityTest {

    private static PostgresTestDatabase postgres;
    private static ServerLab lab;
    private static ServerLab.Org orgA;
    private static ServerLab.Org orgB;
    private static UUID sampleOfB;

    @BeforeAll
    static void twoOrganizationsWithData() {
        postgres = PostgresTestDatabase.createMigrated();
        lab = new ServerLab(postgres);
        orgA = lab.createOrganization("org-a");
        orgB = lab.createOrganization("org-b");
        lab.sample(orgA, "A-1");
        sampleOfB = lab.sample(orgB, "B-1");
        lab.instrumentWithValidCalibration(orgB, "XRD-B", InstrumentKind.XRD);
    }

    @AfterAll
    static void dropDatabase() {
        lab.close();
        postgres.close();
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void actAs(Connection connection, UUID organizationId) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("SELECT set_config('app.current_org_id', ?, false)")) {
            set.setString(1, organizationId.toString());
            set.execute();
        }
    }

    @Test
    void theApplicationRoleIsNeitherSuperuserNorOwnerNorBypassingRls() {
        assertThat(DatabaseRoleCheck.problems(lab.database)).isEmpty();
    }

    @Test
    void withoutATenantNoRowOfAnyTableIsVisible() throws SQLException {
        try (Connection connection = postgres.appConnection()) {
            for (String table : new String[] {
                "organizations",
                "users",
                "samples",
                "instruments",
                "calibrations",
                "audit_log",
                "change_log",
                "processed_commands",
                "org_sync_state"
            }) {
                assertThat(count(connection, table)).as(table).isZero();
            }
        }
    }

    @Test
    void inOrganizationAsContextNoRowOfOrganizationBIsVisible() throws SQLException {
        try (Connection connection = postgres.appConnection()) {
            actAs(connection, orgA.id());
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT DISTINCT organization_id FROM samples")) {
                rows.next();
                assertThat(rows.getObject(1, UUID.class)).isEqualTo(orgA.id());
                assertThat(rows.next()).isFalse();
            }
            assertThat(count(connection, "instruments")).isZero();
            assertThat(count(connection, "users")).isEqualTo(5);
        }
    }

    @Test
    void aRowForOrganizationBCannotBeInsertedUnderOrganizationAsContext() throws SQLException {
        try (Connection connection = postgres.appConnection()) {
            actAs(connection, orgA.id());
            assertThatThrownBy(() -> {
                        try (PreparedStatement insert = connection.prepareStatement(
                                "INSERT INTO materials (id, organization_id, name, metadata, created_at, updated_at, row_version)"
                                        + " VALUES (?, ?, 'smuggled', '{}', now(), now(), 1)")) {
                            insert.setObject(1, UUID.randomUUID());
                            insert.setObject(2, orgB.id());
                            insert.executeUpdate();
                        }
                    })
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
        }
    }

    @Test
    void organizationBsRowsCannotBeChangedUnderOrganizationAsContext() throws SQLException {
        try (Connection connection = postgres.appConnection()) {
            actAs(connection, orgA.id());
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE samples SET name = 'hijacked' WHERE id = ?")) {
                update.setObject(1, sampleOfB);
                assertThat(update.executeUpdate()).isZero();
            }
        }
    }

    @Test
    void theApplicationRoleCannotDeleteDomainRows() throws SQLException {
        try (Connection connection = postgres.appConnection()) {
            actAs(connection, orgA.id());
            assertThatThrownBy(() -> {
                        try (Statement statement = connection.createStatement()) {
                            statement.executeUpdate("DELETE FROM samples");
                        }
                    })
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void aTenantSetInOneTransactionDoesNotLeakIntoTheNextOnAPooledConnection() {
        try (Database singleConnection = new Database(
                ConnectionPools.openApplicationPool(postgres.settings(), 1, Duration.ofSeconds(10)),
                postgres.settings().dialect())) {
            long inTenant = singleConnection.inTenant(orgA.id(), connection -> count(connection, "samples"));
            long afterwards = singleConnection.withoutTenant(connection -> count(connection, "samples"));
            assertThat(inTenant).isEqualTo(1);
            assertThat(afterwards).isZero();
        }
    }
}
