package lab.spectra.desktop.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A bench killed (kill -9, a crash, a power cut of the process) right after a local command
 * committed must come back with it: the person saw it saved. With H2's default write delay the
 * last half second of commits was lost (issue 21, kill -9 scenario seed 9100).
 */
class ACommittedChangeSurvivesTheBenchBeingKilledRightAfterTest {

    private static final String KEY = "0123456789abcdef".repeat(4);

    @Test
    void everyCommitThatReturnedBeforeTheKillIsInTheFileAfterIt() throws Exception {
        Path directory = Files.createTempDirectory("spectra-kill-commit-");
        Process bench = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CommitsThenWaitsToBeKilled.class.getName(),
                        directory.toString(),
                        KEY)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int lastCommitted = 0;
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(bench.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("COMMITTED ")) {
                    lastCommitted = Integer.parseInt(line.substring("COMMITTED ".length()));
                    if (lastCommitted == 100) {
                        bench.destroyForcibly();
                        break;
                    }
                }
            }
        } finally {
            bench.destroyForcibly();
            bench.waitFor();
        }
        assertThat(lastCommitted).as("commits the killed bench reported").isEqualTo(100);

        try (LocalDatabase reopened = LocalDatabase.open(directory, KEY)) {
            int kept = reopened.transaction(connection -> {
                try (Statement count = connection.createStatement();
                        ResultSet rows = count.executeQuery("SELECT COUNT(*) FROM kill_probe")) {
                    rows.next();
                    return rows.getInt(1);
                }
            });
            assertThat(kept)
                    .as("rows committed before the kill, found after it")
                    .isGreaterThanOrEqualTo(100);
        }
    }
}
