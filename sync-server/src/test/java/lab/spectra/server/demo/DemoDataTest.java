package lab.spectra.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.calibration.CalibrationLockout;
import lab.spectra.model.calibration.CalibrationStatus;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.protocol.Table;
import lab.spectra.server.audit.AuditVerifier;
import lab.spectra.server.files.FileUploads;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo labs are made through the real commands and hold what the spec promises. */
class DemoDataTest {

    private static PostgresTestDatabase postgres;
    private static ServerLab lab;
    private static DemoData demo;
    private static boolean loadedFirstTime;
    private static UUID demoLab;

    @BeforeAll
    static void loadDemo() {
        postgres = PostgresTestDatabase.createMigrated();
        lab = new ServerLab(postgres);
        demo = new DemoData(
                lab.provisioning,
                lab.commands,
                password -> "hash-of-" + new String(password),
                lab.clock,
                new FileUploads(lab.database, lab.clock));
        loadedFirstTime = demo.loadIfAbsent();
        demoLab = lab.database.asLoginRole(connection -> {
            try (var select = connection.prepareStatement("SELECT organization_id FROM spectra_find_login(?)")) {
                select.setString(1, "admin@demo.lab");
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getObject(1, UUID.class);
                }
            }
        });
    }

    @AfterAll
    static void dropDatabase() {
        lab.close();
        postgres.close();
    }

    private long count(String table) {
        return count(table, "TRUE");
    }

    private long count(String table, String condition) {
        return lab.database.inTenant(demoLab, connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet result =
                            statement.executeQuery("SELECT count(*) FROM " + table + " WHERE " + condition)) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    @Test
    void theDemoLabHasItsPeopleInstrumentsSamplesRecipesAndRuns() {
        assertThat(loadedFirstTime).isTrue();
        assertThat(count("users")).isEqualTo(5);
        assertThat(count("instruments")).isEqualTo(5);
        assertThat(count("samples")).isEqualTo(10);
        assertThat(count("wafers")).isEqualTo(10);
        assertThat(count("devices")).isEqualTo(20);
        assertThat(count("recipes", "status = 'draft'")).isEqualTo(1);
        assertThat(count("recipes", "status = 'approved'")).isEqualTo(1);
        // The XRD scan.
        assertThat(count("recipes", "status = 'retired'")).isEqualTo(1);
        // Five XRD scans, thirty IV sweeps: twenty for the SPC baseline, nine in a shift, one outlier.
        assertThat(count("runs", "status = 'finished'")).isEqualTo(35);
        assertThat(count("results")).isEqualTo(35);
        assertThat(count("spc_points")).isEqualTo(30);
    }

    @Test
    void xrdIsExpiredAndTheEllipsometerExpiresWithinAWeek() {
        Instant now = Instant.now();
        List<String> statuses = lab.database.inTenant(demoLab, connection -> {
            JdbcDomainState state = new JdbcDomainState(connection, demoLab, lab.mapper);
            return state.<Instrument>findOrdered(Table.INSTRUMENTS, "deleted_at IS NULL", "ORDER BY name").stream()
                    .map(instrument -> {
                        CalibrationStatus status = new CalibrationLockout()
                                .evaluate(instrument, state.calibrationsOf(instrument.id()), now);
                        return instrument.name() + ":" + status.getClass().getSimpleName();
                    })
                    .toList();
        });
        assertThat(statuses)
                .containsExactly(
                        "ELL-01:ExpiringSoon", "SEM-01:Valid", "SMU-01:Valid", "SPEC-01:Valid", "XRD-01:Expired");
    }

    @Test
    void theDemoHistoryHasAnIntactAuditTrail() {
        assertThat(new AuditVerifier(lab.database, lab.mapper).verify(demoLab)).isEmpty();
        assertThat(count("audit_log")).isGreaterThan(100);
    }

    @Test
    void loadingAgainChangesNothing() {
        long before = count("samples");
        assertThat(demo.loadIfAbsent()).isFalse();
        assertThat(count("samples")).isEqualTo(before);
    }

    @Test
    void bothOrganizationsHaveTheirOwnAccounts() {
        assertThat(DemoData.logins())
                .hasSize(10)
                .anySatisfy(login -> assertThat(login.email()).isEqualTo("viewer@demo.lab"))
                .anySatisfy(login -> assertThat(login.email()).isEqualTo("admin@test.org"));
    }
}
