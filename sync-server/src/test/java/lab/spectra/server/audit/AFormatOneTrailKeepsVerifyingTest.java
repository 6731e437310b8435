package lab.spectra.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.audit.AuditChain;
import lab.spectra.model.audit.AuditEntry;
import lab.spectra.model.audit.AuditHashFormat;
import lab.spectra.model.auth.Role;
import lab.spectra.model.id.Ids;
import lab.spectra.model.jdbc.JdbcRowWriter;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.server.db.ConnectionPools;
import lab.spectra.server.db.Database;
import lab.spectra.server.db.Migrations;
import lab.spectra.server.db.OrgSequence;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.ProductionSetup;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A database made before chain format 2: {@code verify-audit} reads it as it is, its format-1
 * entries keep verifying by format-1 rules after the upgrade, the first new entry is the marker
 * where format 2 starts, and {@code verify-audit} accepts the whole trail.
 */
class AFormatOneTrailKeepsVerifyingTest {

    private PostgresTestDatabase postgres;
    private UUID organization;

    @BeforeEach
    void aTrailWrittenByTheOldServer() {
        postgres = PostgresTestDatabase.createEmpty();
        postgres.migrateTo("1.1");
        organization = Ids.newId();
        writeFormatOneHistory(organization);
    }

    @AfterEach
    void dropDatabase() {
        postgres.close();
    }

    /** What the server wrote before: it inserted entries itself, hashed in format 1. */
    private void writeFormatOneHistory(UUID id) {
        var mapper = DomainJson.newMapper();
        JdbcRowWriter writer = new JdbcRowWriter(postgres.settings().dialect(), mapper);
        Instant then = Instant.now().minus(Duration.ofDays(400)).truncatedTo(ChronoUnit.MICROS);
        try (Database old = new Database(
                ConnectionPools.openApplicationPool(postgres.settings(), 1, Duration.ofSeconds(10)),
                postgres.settings().dialect())) {
            old.inTenant(id, connection -> {
                writer.insert(connection, new Organization(id, "legacy", "Legacy lab", null, then, then, null, 1));
                OrgSequence.create(connection, id, AuditChain.GENESIS);
                OrgSequence sequence = OrgSequence.lock(connection, id);
                String previous = AuditChain.GENESIS;
                for (int number = 1; number <= 3; number++) {
                    AuditEntry entry = hashedInFormatOne(entry(id, number, then.plusSeconds(number), previous));
                    writer.insert(connection, entry);
                    sequence.audited(number, entry.hash());
                    previous = entry.hash();
                }
                sequence.save(connection);
                return null;
            });
        }
    }

    private static AuditEntry entry(UUID organization, long number, Instant at, String previous) {
        return new AuditEntry(
                Ids.newId(),
                organization,
                number,
                at,
                null,
                null,
                null,
                "LegacyChange",
                "samples",
                Ids.newId(),
                null,
                JsonObjects.empty().put("points", 9_007_199_254_740_993L).put("step_v", 0.1),
                "written before format 2",
                previous,
                "");
    }

    private static AuditEntry hashedInFormatOne(AuditEntry entry) {
        return new AuditEntry(
                entry.id(),
                entry.organizationId(),
                entry.sequence(),
                entry.occurredAt(),
                entry.actorId(),
                entry.workstationId(),
                entry.commandId(),
                entry.action(),
                entry.tableName(),
                entry.recordId(),
                entry.oldValue(),
                entry.newValue(),
                entry.reason(),
                entry.previousHash(),
                AuditHashFormat.V1.hash(entry));
    }

    private List<String> actions() throws SQLException {
        try (Connection owner = postgres.ownerConnection();
                PreparedStatement select = owner.prepareStatement(
                        "SELECT action FROM audit_log WHERE organization_id = ? ORDER BY sequence")) {
            select.setObject(1, organization);
            try (ResultSet rows = select.executeQuery()) {
                List<String> actions = new ArrayList<>();
                while (rows.next()) {
                    actions.add(rows.getString(1));
                }
                return actions;
            }
        }
    }

    private void newWorkAfterTheUpgrade(ServerLab lab) {
        UserAccount engineer = lab.provisioning.createUser(
                organization, "engineer@legacy.test", "Engineer", Role.ENGINEER, "not-a-real-hash", null);
        ServerLab.expectApplied(lab.run(
                new CreateSample(
                        lab.meta(engineer.asActor()), Ids.newId(), "After the upgrade", "UP-1", null, "Shelf", null),
                engineer.asActor()));
    }

    @Test
    void verifyAuditReadsTheTrailBeforeTheUpgrade() {
        ProductionSetup.Run run =
                ProductionSetup.command(new ProductionSetup(postgres).environment(true), "verify-audit");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("OK", "legacy", "3 entries");
    }

    @Test
    void formatTwoStartsAtAMarkerAfterTheOldEntriesAndTheWholeTrailVerifies() throws SQLException {
        Migrations.migrate(postgres.settings());
        try (ServerLab lab = new ServerLab(postgres)) {
            newWorkAfterTheUpgrade(lab);
            assertThat(actions())
                    .startsWith("LegacyChange", "LegacyChange", "LegacyChange", AuditHashFormat.FORMAT_2_MARKER)
                    .contains("CreateUser", "CreateSample");
            assertThat(new AuditVerifier(lab.database, lab.mapper).verify(organization))
                    .isEmpty();
        }
    }

    @Test
    void verifyAuditAcceptsTheUpgradedTrail() {
        Migrations.migrate(postgres.settings());
        try (ServerLab lab = new ServerLab(postgres)) {
            newWorkAfterTheUpgrade(lab);
        }
        ProductionSetup.Run run =
                ProductionSetup.command(new ProductionSetup(postgres).environment(true), "verify-audit");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("OK", "legacy");
    }

    @Test
    void anEditedFormatOneEntryIsStillNamed() throws SQLException {
        Migrations.migrate(postgres.settings());
        try (Connection owner = postgres.ownerConnection();
                Statement statement = owner.createStatement()) {
            statement.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete");
            statement.executeUpdate("UPDATE audit_log SET reason = 'edited' WHERE sequence = 2");
            statement.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete");
        }
        try (ServerLab lab = new ServerLab(postgres)) {
            assertThat(new AuditVerifier(lab.database, lab.mapper).verify(organization))
                    .map(AuditChain.Break::sequence)
                    .contains(2L);
        }
    }
}
