package lab.spectra.desktop.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 22: a new release whose migration fails halfway must not leave the bench's data half
 * converted (H2 commits each DDL statement): the data is as it was before, the person is told so,
 * and the previous release opens it as before.
 */
class AFailedUpdateLeavesTheBenchDataAsItWasTest {

    private static final String KEY = "89abcdef01234567".repeat(4);
    private static final String FAILING_UPDATE = "classpath:lab/spectra/desktop/store/failing-update";

    @Test
    void theDataIsPutBackAsItWasAndThePersonIsToldWhatToDo() throws Exception {
        Path directory = Files.createTempDirectory("spectra-update-");
        try (LocalDatabase before = LocalDatabase.open(directory, KEY)) {
            before.transaction(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE TABLE update_probe (n INT)");
                    statement.execute("INSERT INTO update_probe VALUES (1)");
                }
                return null;
            });
        }

        assertThatThrownBy(() -> LocalDatabase.open(directory, KEY, List.of(FAILING_UPDATE)))
                .isInstanceOf(BenchUpdateFailedException.class)
                .hasMessageContaining("as it was before the update")
                .hasMessageContaining("every change waiting to be sent");

        try (LocalDatabase previousRelease = LocalDatabase.open(directory, KEY)) {
            List<String> probe =
                    previousRelease.transaction(connection -> column(connection, "SELECT n FROM update_probe"));
            List<String> madeByTheUpdate = previousRelease.transaction(connection -> column(
                    connection,
                    "SELECT table_name FROM information_schema.tables"
                            + " WHERE LOWER(table_name) = 'made_by_the_failed_update'"));
            List<String> history = previousRelease.transaction(connection -> column(
                    connection, "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" = '99.0.0'"));

            assertThat(probe)
                    .as("rows of the table the failed update wrote into")
                    .containsExactly("1");
            assertThat(madeByTheUpdate).as("a table the failed update made").isEmpty();
            assertThat(history).as("the failed update in the migration history").isEmpty();
        }
        assertThat(directory.resolve("bench.before-update.mv.db")).doesNotExist();
    }

    @Test
    void anUpdateThatSucceedsLeavesNoCopyBehind() throws Exception {
        Path directory = Files.createTempDirectory("spectra-update-");
        LocalDatabase.open(directory, KEY).close();
        try (LocalDatabase again = LocalDatabase.open(directory, KEY)) {
            assertThat(again.file()).isNotNull();
        }
        assertThat(directory.resolve("bench.before-update.mv.db")).doesNotExist();
    }

    private static List<String> column(java.sql.Connection connection, String sql) throws java.sql.SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
