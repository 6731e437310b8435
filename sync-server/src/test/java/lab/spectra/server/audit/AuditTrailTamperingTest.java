package lab.spectra.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.audit.AuditChain;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The application role cannot change the audit trail, and when someone with more power does
 * (the owner, switching the guard off), verification names the first broken entry.
 */
class AuditTrailTamperingTest {

    private PostgresTestDatabase postgres;
    private ServerLab lab;
    private ServerLab.Org org;
    private AuditVerifier verifier;

    @BeforeEach
    void organizationWithHistory() {
        postgres = PostgresTestDatabase.createMigrated();
        lab = new ServerLab(postgres);
        org = lab.createOrganization("audited");
        lab.sample(org, "A-1");
        lab.sample(org, "A-2");
        lab.sample(org, "A-3");
        verifier = new AuditVerifier(lab.database, lab.mapper);
    }

    @AfterEach
    void dropDatabase() {
        lab.close();
        postgres.close();
    }

    private void asApplication(String sql) throws SQLException {
        try (Connection connection = postgres.appConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SELECT set_config('app.current_org_id', '" + org.id() + "', false)");
            statement.executeUpdate(sql);
        }
    }

    private void asOwnerWithGuardOff(String sql) throws SQLException {
        try (Connection connection = postgres.ownerConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete");
            statement.executeUpdate(sql);
            statement.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete");
        }
    }

    @Test
    void anUntouchedTrailVerifies() {
        assertThat(verifier.verify(org.id())).isEmpty();
    }

    @Test
    void theApplicationRoleCannotUpdateTheTrail() {
        assertThatThrownBy(() -> asApplication("UPDATE audit_log SET reason = 'edited'"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("permission denied");
    }

    @Test
    void theApplicationRoleCannotDeleteFromTheTrail() {
        assertThatThrownBy(() -> asApplication("DELETE FROM audit_log"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("permission denied");
    }

    @Test
    void evenTheOwnerIsStoppedByTheAppendOnlyGuard() {
        assertThatThrownBy(() -> {
                    try (Connection connection = postgres.ownerConnection();
                            Statement statement = connection.createStatement()) {
                        statement.executeUpdate("DELETE FROM audit_log");
                    }
                })
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("append-only");
    }

    @Test
    void anEditedEntryIsNamedByVerification() throws SQLException {
        asOwnerWithGuardOff("UPDATE audit_log SET new_value = '{\"name\": \"forged\"}' WHERE sequence = 3");
        Optional<AuditChain.Break> broken = verifier.verify(org.id());
        assertThat(broken).isPresent();
        assertThat(broken.get().sequence()).isEqualTo(3);
        assertThat(broken.get().problem()).contains("content was changed");
    }

    @Test
    void aDeletedEntryIsNamedByVerification() throws SQLException {
        asOwnerWithGuardOff("DELETE FROM audit_log WHERE sequence = 2");
        Optional<AuditChain.Break> broken = verifier.verify(org.id());
        assertThat(broken).map(AuditChain.Break::sequence).contains(3L);
    }

    @Test
    void reorderedEntriesAreNamedByVerification() throws SQLException {
        try (Connection connection = postgres.ownerConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete");
            statement.executeUpdate("UPDATE audit_log SET sequence = -1 WHERE sequence = 2");
            statement.executeUpdate("UPDATE audit_log SET sequence = 2 WHERE sequence = 3");
            statement.executeUpdate("UPDATE audit_log SET sequence = 3 WHERE sequence = -1");
            statement.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete");
        }
        assertThat(verifier.verify(org.id())).map(AuditChain.Break::sequence).contains(2L);
    }

    @Test
    void everyAppliedChangeIsInTheTrailWithItsAuthorAndValues() throws SQLException {
        try (Connection connection = postgres.ownerConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT actor_id, action, new_value->>'barcode' FROM audit_log"
                                + " WHERE organization_id = ? AND table_name = 'samples' ORDER BY sequence")) {
            select.setObject(1, org.id());
            try (var rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getObject(1, UUID.class))
                        .isEqualTo(org.engineer().userId());
                assertThat(rows.getString(2)).isEqualTo("CreateSample");
                assertThat(rows.getString(3)).isEqualTo("A-1");
            }
        }
    }
}
