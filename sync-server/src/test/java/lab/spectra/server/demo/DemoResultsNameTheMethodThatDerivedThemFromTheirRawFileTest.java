package lab.spectra.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lab.spectra.server.files.FileUploads;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each demo run's result was computed from the raw file attached to that run by a named, versioned
 * algorithm, so the data tab shows its method instead of "manual", and its number is plausible for
 * the run: the thresholds of the SPC baseline within the limits frozen from them, the rest where a
 * shift and an outlier put them, a Si(400) reflection where silicon has it.
 */
class DemoResultsNameTheMethodThatDerivedThemFromTheirRawFileTest {

    private static PostgresTestDatabase postgres;
    private static ServerLab lab;
    private static UUID demoLab;

    /** One demo result with its payload's method and the hash of the file attached to its run. */
    private record Derived(
            String quantity,
            double value,
            String unit,
            String algorithm,
            int version,
            String sourceSha256,
            String windowSetBy,
            String rawDataRef,
            List<String> attachedSha256) {}

    @BeforeAll
    static void loadDemo() {
        postgres = PostgresTestDatabase.createMigrated();
        lab = new ServerLab(postgres);
        new DemoData(
                        lab.provisioning,
                        lab.commands,
                        password -> "hash-of-" + new String(password),
                        lab.clock,
                        new FileUploads(lab.database, lab.clock))
                .loadIfAbsent();
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

    private static List<Derived> results() {
        return lab.database.inTenant(demoLab, connection -> {
            List<Derived> found = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("""
                            SELECT r.quantity, r.value, r.unit, r.raw_data_ref,
                                   r.payload ->> 'algorithm', (r.payload ->> 'algorithm_version')::int,
                                   r.payload -> 'provenance' ->> 'source_sha256',
                                   r.payload -> 'inputs' ->> 'window_set_by',
                                   (SELECT string_agg(a.content_sha256, ',') FROM attachments a
                                     WHERE a.record_table = 'runs' AND a.record_id = r.run_id)
                            FROM results r""")) {
                while (row.next()) {
                    found.add(new Derived(
                            row.getString(1),
                            row.getDouble(2),
                            row.getString(3),
                            row.getString(5),
                            row.getInt(6),
                            row.getString(7),
                            row.getString(8),
                            row.getString(4),
                            row.getString(9) == null
                                    ? List.of()
                                    : List.of(row.getString(9).split(","))));
                }
            }
            return found;
        });
    }

    @Test
    void everyDemoResultNamesItsAlgorithmAndTheFileAttachedToItsRun() {
        List<Derived> results = results();

        assertThat(results).hasSize(35).allSatisfy(result -> {
            assertThat(result.algorithm()).isIn("threshold-voltage-sqrt-extrapolation", "peak-fwhm-interpolated");
            assertThat(result.version()).isEqualTo(1);
            assertThat(result.windowSetBy()).isEqualTo("default");
            assertThat(result.attachedSha256()).containsExactly(result.sourceSha256());
            assertThat(result.rawDataRef()).isEqualTo("sha256:" + result.sourceSha256());
        });
    }

    /** The threshold results in run order, and the control limits frozen on the SMU's series. */
    private record Thresholds(List<Double> values, double lowerControlLimit, double upperControlLimit) {}

    private static Thresholds thresholds() {
        return lab.database.inTenant(demoLab, connection -> {
            List<Double> values = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("""
                            SELECT r.value FROM results r JOIN runs u ON u.id = r.run_id
                            WHERE r.quantity = 'threshold voltage' AND r.unit = 'V'
                              AND r.payload ->> 'algorithm' = 'threshold-voltage-sqrt-extrapolation'
                            ORDER BY u.started_at""")) {
                while (row.next()) {
                    values.add(row.getDouble(1));
                }
            }
            try (Statement statement = connection.createStatement();
                    ResultSet row =
                            statement.executeQuery("SELECT lower_control_limit, upper_control_limit FROM spc_series")) {
                row.next();
                return new Thresholds(values, row.getDouble(1), row.getDouble(2));
            }
        });
    }

    @Test
    void theDerivedThresholdsOfTheBaselineStayWithinTheLimitsFrozenFromThem() {
        Thresholds thresholds = thresholds();

        assertThat(thresholds.values()).hasSize(30);
        assertThat(thresholds.values().subList(0, 20)).allSatisfy(value -> assertThat(value)
                .isBetween(thresholds.lowerControlLimit(), thresholds.upperControlLimit()));
        // The process is capable: its control limits lie inside the specification, 0.35 to 0.55 V.
        assertThat(thresholds.lowerControlLimit()).isBetween(0.35, 0.45);
        assertThat(thresholds.upperControlLimit()).isBetween(0.45, 0.55);
    }

    @Test
    void theShiftedThresholdsStayWithinTheLimitsAndTheOutlierLiesBeyondThem() {
        Thresholds thresholds = thresholds();

        assertThat(thresholds.values().subList(20, 29))
                .allSatisfy(value -> assertThat(value).isBetween(0.45, thresholds.upperControlLimit()));
        assertThat(thresholds.values().get(29)).isGreaterThan(thresholds.upperControlLimit());
    }

    @Test
    void theDerivedSiliconPeaksLieAtTheSi400BraggAngle() {
        assertThat(results())
                .filteredOn(result -> result.quantity().equals("Si(400) peak position"))
                .hasSize(5)
                .allSatisfy(result -> {
                    assertThat(result.unit()).isEqualTo("deg");
                    assertThat(result.algorithm()).isEqualTo("peak-fwhm-interpolated");
                    assertThat(result.value()).isBetween(69.10, 69.17);
                });
    }
}
