package lab.spectra.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import lab.spectra.model.org.Organization;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.server.audit.AuditVerifier;
import lab.spectra.server.org.Provisioning;
import lab.spectra.server.testing.H2TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On H2 (development mode, single-PC labs) the audit log has the guard PostgreSQL gives it (issue
 * 11): no entry can be changed or removed, and the trail the server writes there verifies.
 */
class TheAuditLogIsAppendOnlyOnH2Test {

    private DatabaseSettings settings;
    private Database database;
    private Organization organization;

    @BeforeEach
    void anOrganizationOnH2() {
        settings = H2TestDatabase.createMigrated();
        database = Database.connect(settings, 2, Duration.ofSeconds(10), new TenantActivity());
        organization = new Provisioning(database, DomainJson.newMapper(), Clock.systemUTC())
                .createOrganization("on-h2", "H2 lab", null);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        settings.url(), settings.app().user(), settings.app().password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void anEntryCannotBeChanged() {
        assertThatThrownBy(() -> execute("UPDATE audit_log SET reason = 'edited'"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("append-only");
    }

    @Test
    void anEntryCannotBeDeleted() {
        assertThatThrownBy(() -> execute("DELETE FROM audit_log"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("append-only");
    }

    @Test
    void theTrailCannotBeTruncated() {
        assertThatThrownBy(() -> execute("TRUNCATE TABLE audit_log")).isInstanceOf(SQLException.class);
    }

    @Test
    void theTrailWrittenOnH2Verifies() {
        assertThat(new AuditVerifier(database, DomainJson.newMapper()).verify(organization.id()))
                .isEmpty();
    }
}
