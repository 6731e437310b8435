package lab.spectra.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import lab.spectra.model.audit.AuditChain;
import lab.spectra.model.audit.AuditHashFormat;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application role cannot write the audit trail directly (issue 11): entries are appended only
 * through {@code spectra_append_audit}, which numbers and links them itself, for the organization of
 * the current transaction only.
 */
class OnlyTheDatabaseAppendsToTheAuditTrailTest {

    private static PostgresTestDatabase postgres;
    private static ServerLab lab;
    private static ServerLab.Org org;
    private static ServerLab.Org other;

    @BeforeAll
    static void twoOrganizations() {
        postgres = PostgresTestDatabase.createMigrated();
        lab = new ServerLab(postgres);
        org = lab.createOrganization("appended");
        other = lab.createOrganization("elsewhere");
    }

    @AfterAll
    static void dropDatabase() {
        lab.close();
        postgres.close();
    }

    private static Connection asApplicationIn(UUID organization) throws SQLException {
        Connection connection = postgres.appConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT set_config('app.current_org_id', '" + organization + "', false)");
        }
        return connection;
    }

    private static void append(Connection connection, UUID organization, String action) throws SQLException {
        try (PreparedStatement call = connection.prepareStatement("SELECT * FROM spectra_append_audit("
                + "gen_random_uuid(), ?, now(), NULL, NULL, NULL, ?, 'samples', NULL, NULL, '{\"n\": 1}', 'test')")) {
            call.setObject(1, organization);
            call.setString(2, action);
            call.executeQuery().close();
        }
    }

    @Test
    void theApplicationRoleCannotInsertIntoTheTrail() {
        assertThatThrownBy(() -> {
                    try (Connection app = asApplicationIn(org.id());
                            Statement statement = app.createStatement()) {
                        statement.executeUpdate("INSERT INTO audit_log (id, organization_id, sequence, occurred_at,"
                                + " action, previous_hash, hash) VALUES (gen_random_uuid(), '" + org.id()
                                + "', 1000, now(), 'Forged', repeat('0', 64), repeat('1', 64))");
                    }
                })
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("permission denied for table audit_log");
    }

    @Test
    void theDatabaseNumbersAndLinksWhatTheApplicationAppends() throws SQLException {
        long before = lastSequence(org.id());
        try (Connection app = asApplicationIn(org.id())) {
            app.setAutoCommit(false);
            append(app, org.id(), "FirstNote");
            append(app, org.id(), "SecondNote");
            app.commit();
        }
        assertThat(lastSequence(org.id())).isEqualTo(before + 2);
        assertThat(new AuditVerifier(lab.database, lab.mapper).verify(org.id())).isEmpty();
    }

    @Test
    void anEntryCannotBeAppendedToAnotherOrganizationsTrail() {
        assertThatThrownBy(() -> {
                    try (Connection app = asApplicationIn(org.id())) {
                        append(app, other.id(), "Smuggled");
                    }
                })
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("current transaction's organization only");
        assertThat(new AuditVerifier(lab.database, lab.mapper).verify(other.id()))
                .as("the other organization's trail")
                .isEmpty();
    }

    @Test
    void theApplicationCannotPlaceTheFormatMarker() {
        assertThatThrownBy(() -> {
                    try (Connection app = asApplicationIn(org.id())) {
                        append(app, org.id(), AuditHashFormat.FORMAT_2_MARKER);
                    }
                })
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("written by the database only");
    }

    @Test
    void aNewOrganizationsTrailStartsWithTheFormatMarker() throws SQLException {
        try (Connection owner = postgres.ownerConnection();
                PreparedStatement select = owner.prepareStatement(
                        "SELECT action, previous_hash FROM audit_log WHERE organization_id = ? AND sequence = 1")) {
            select.setObject(1, other.id());
            try (ResultSet first = select.executeQuery()) {
                assertThat(first.next()).isTrue();
                assertThat(first.getString(1)).isEqualTo(AuditHashFormat.FORMAT_2_MARKER);
                assertThat(first.getString(2)).isEqualTo(AuditChain.GENESIS);
            }
        }
    }

    private static long lastSequence(UUID organization) throws SQLException {
        try (Connection owner = postgres.ownerConnection();
                PreparedStatement select =
                        owner.prepareStatement("SELECT max(sequence) FROM audit_log WHERE organization_id = ?")) {
            select.setObject(1, organization);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
