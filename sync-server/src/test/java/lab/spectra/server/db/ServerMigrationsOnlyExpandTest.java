package lab.spectra.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rolling upgrades (issue 22): server instances of two versions share one database while they are
 * replaced one by one, so a migration may only expand the schema. A script that removes, renames or
 * narrows something the previous version uses must be named a contract step ({@code __contract_}),
 * which the production guide runs only once no server of the previous version is left. An expand
 * script also alters at most one table it did not create, so that its transaction never holds one
 * busy table's lock while waiting for another's.
 */
class ServerMigrationsOnlyExpandTest {

    /**
     * The newest released migration. Everything up to and including it was released before the
     * rule existed and is history (never edited), so it is not judged; every later script is.
     */
    static final List<Integer> RELEASED_BASELINE = List.of(12, 1, 1);

    /** What the server migrates: its own scripts and the domain tables it shares with the benches. */
    static final List<Path> SERVER_MIGRATIONS = List.of(
            Path.of("src", "main", "resources", "db", "migration"),
            Path.of("..", "shared-model", "src", "main", "resources", "db", "domain"));

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:_\\d+)*)__(.+)\\.sql");
    private static final String CONTRACT_MARK = "__contract_";

    @Test
    void everyMigrationAfterTheReleasedBaselineOnlyExpandsUnlessItIsNamedAContractStep() {
        assertThat(SERVER_MIGRATIONS).allSatisfy(folder -> assertThat(folder).isDirectory());
        assertThat(scripts(SERVER_MIGRATIONS))
                .as("the released scripts are found, so the scan looks where the migrations are")
                .anySatisfy(
                        script -> assertThat(script.getFileName().toString()).startsWith("V12_1_1__"));

        assertThat(violations(SERVER_MIGRATIONS)).isEmpty();
    }

    @Test
    void aContractScriptAfterTheBaselineFailsTheScanAndPassesOnceNamedAContractStep(@TempDir Path migrations)
            throws IOException {
        String contract = "ALTER TABLE samples ADD COLUMN shelf TEXT;\n"
                + "-- the location moved to shelf\n"
                + "ALTER TABLE samples DROP COLUMN location;\n";
        Files.writeString(migrations.resolve("V13_1_1__samples_shelf.sql"), contract);
        Files.writeString(migrations.resolve("V12_1_1__released_before_the_rule.sql"), "DROP TABLE legacy;");

        assertThat(violations(List.of(migrations)))
                .singleElement()
                .asString()
                .contains("V13_1_1__samples_shelf.sql", "drops a column", "DROP COLUMN location");

        Files.move(
                migrations.resolve("V13_1_1__samples_shelf.sql"),
                migrations.resolve("V14_1_1__contract_samples_location_dropped.sql"));
        assertThat(violations(List.of(migrations))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "DROP TABLE samples",
                "drop view sample_overview",
                "DROP FUNCTION append_audit(uuid, jsonb)",
                "DROP INDEX processed_commands_author",
                "ALTER TABLE samples DROP COLUMN location",
                "ALTER TABLE samples DROP location",
                "ALTER TABLE samples DROP CONSTRAINT samples_barcode_unique",
                "ALTER TABLE samples ALTER COLUMN location DROP DEFAULT",
                "ALTER TABLE samples RENAME COLUMN location TO shelf",
                "ALTER TABLE samples RENAME TO specimens",
                "ALTER TABLE samples ALTER COLUMN location TYPE varchar(40)",
                "ALTER TABLE samples ALTER location SET DATA TYPE varchar(40)",
                "ALTER TABLE samples ALTER COLUMN location SET NOT NULL",
                "ALTER TABLE samples ADD COLUMN shelf TEXT NOT NULL",
                "ALTER TABLE samples ADD COLUMN shelf TEXT, ADD COLUMN rack INT NOT NULL",
                "ALTER TABLE samples ADD CONSTRAINT location_short CHECK (length(location) < 20)",
                "ALTER TABLE samples ADD UNIQUE (barcode)",
                "REVOKE UPDATE ON samples FROM ${app_role}"
            })
    void aStatementThatBreaksThePreviousVersionsQueriesIsAContractStep(String statement) {
        assertThat(ContractStatements.in("CREATE TABLE labels (id UUID PRIMARY KEY);\n" + statement + ";"))
                .singleElement()
                .satisfies(found -> assertThat(found.statement()).isEqualToIgnoringCase(statement));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CREATE TABLE labels (id UUID PRIMARY KEY, sample_id UUID NOT NULL REFERENCES samples (id),"
                        + " CONSTRAINT labels_one UNIQUE (sample_id))",
                "ALTER TABLE samples ADD COLUMN shelf TEXT",
                "ALTER TABLE samples ADD COLUMN IF NOT EXISTS shelf TEXT",
                "ALTER TABLE samples ADD COLUMN printed BOOLEAN NOT NULL DEFAULT FALSE",
                "ALTER TABLE samples ADD COLUMN weight NUMERIC(10,2) DEFAULT 0 NOT NULL",
                "ALTER TABLE samples ADD COLUMN seq BIGINT GENERATED ALWAYS AS IDENTITY NOT NULL",
                "ALTER TABLE samples ADD COLUMN label_id UUID REFERENCES labels (id)",
                "ALTER TABLE samples ALTER COLUMN location DROP NOT NULL",
                "ALTER TABLE samples ALTER COLUMN location SET DEFAULT 'Store'",
                "CREATE INDEX samples_shelf ON samples (shelf)",
                "GRANT SELECT, INSERT ON labels TO ${app_role}",
                "COMMENT ON COLUMN samples.location IS 'we will DROP TABLE and RENAME this one day'",
                "-- DROP TABLE samples in a comment\nCREATE TABLE notes (id UUID)",
                "CREATE OR REPLACE FUNCTION tidy() RETURNS void AS $$ BEGIN DROP TABLE scratch; END $$ LANGUAGE plpgsql"
            })
    void aStatementThatOnlyExpandsIsNoContractStep(String statement) {
        assertThat(ContractStatements.in(statement + ";")).isEmpty();
    }

    @Test
    void anExpandScriptAltersAtMostOneTableItDidNotCreate(@TempDir Path migrations) throws IOException {
        Files.writeString(
                migrations.resolve("V13_1_1__served_by.sql"),
                "ALTER TABLE processed_commands ADD COLUMN served_by TEXT;\n"
                        + "ALTER TABLE change_log ADD COLUMN served_by TEXT;\n");
        Files.writeString(
                migrations.resolve("V13_1_2__labels.sql"),
                "CREATE TABLE labels (id UUID PRIMARY KEY);\n"
                        + "ALTER TABLE labels ENABLE ROW LEVEL SECURITY;\n"
                        + "ALTER TABLE samples ADD COLUMN label_id UUID REFERENCES labels (id);\n");

        assertThat(violations(List.of(migrations)))
                .singleElement()
                .asString()
                .contains("V13_1_1__served_by.sql", "[CHANGE_LOG, PROCESSED_COMMANDS]", "deadlock");
    }

    /** Each contract statement of a script after the baseline not named a contract step, with its script. */
    static List<String> violations(List<Path> folders) {
        List<String> violations = new ArrayList<>();
        for (Path script : scripts(folders)) {
            String name = script.getFileName().toString();
            Matcher versioned = VERSIONED.matcher(name);
            if (!versioned.matches() || !afterTheBaseline(versioned.group(1)) || name.contains(CONTRACT_MARK)) {
                continue;
            }
            String sql = read(script);
            for (ContractStatements.Found found : ContractStatements.in(sql)) {
                violations.add(script + " " + found + " (an expand step may not do this while the previous"
                        + " server version still runs; make it a later release's " + CONTRACT_MARK + " script)");
            }
            Set<String> altered = ContractStatements.existingTablesAltered(sql);
            if (altered.size() > 1) {
                violations.add(script + " alters " + altered + " in one transaction, which can deadlock with the"
                        + " previous version's traffic: one existing table per script");
            }
        }
        return violations;
    }

    private static boolean afterTheBaseline(String version) {
        List<Integer> parts =
                Arrays.stream(version.split("_")).map(Integer::valueOf).toList();
        for (int i = 0; i < Math.max(parts.size(), RELEASED_BASELINE.size()); i++) {
            int part = i < parts.size() ? parts.get(i) : 0;
            int released = i < RELEASED_BASELINE.size() ? RELEASED_BASELINE.get(i) : 0;
            if (part != released) {
                return part > released;
            }
        }
        return false;
    }

    private static List<Path> scripts(List<Path> folders) {
        List<Path> scripts = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(file -> file.toString().endsWith(".sql")).sorted().forEach(scripts::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return scripts;
    }

    private static String read(Path script) {
        try {
            return Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
