package lab.spectra.desktop.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.server.auth.login.PasswordHasher;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: the server and benches as separate JVMs, killed with SIGKILL at random points —
 * inside a bench's local transaction, mid-push or mid-pull, the server while a bench syncs — and
 * started again on the same files and database; the end state must pass every invariant of the
 * seeded scenarios. {@code -Dchaos.killScenarios} and {@code -Dchaos.kills} make it longer; the
 * summary goes to {@code target/chaos-kill-summary.txt}.
 */
class KilledProcessesLoseAndDuplicateNothingTest {

    private static final int SCENARIOS = Integer.getInteger("chaos.killScenarios", 2);
    private static final int KILLS = Integer.getInteger("chaos.kills", 6);
    private static final long FIRST_SEED = Long.getLong("chaos.killFirstSeed", 9_100L);

    @Test
    void benchesAndTheServerKilledAtRandomPointsComeBackWithNothingLostOrAppliedTwice() throws Exception {
        ChaosTally tally = new ChaosTally();
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        try (PostgresTestDatabase postgres = PostgresTestDatabase.createMigrated()) {
            ServerLab lab = new ServerLab(postgres);
            String passwordHash = new PasswordHasher().hash(SyncTestbed.PASSWORD.toCharArray());
            for (long seed = FIRST_SEED; seed < FIRST_SEED + SCENARIOS; seed++) {
                ChaosTally.Scenario counts = new ChaosTally.Scenario();
                List<String> broken =
                        new KillScenario(lab, postgres.settings(), passwordHash, seed, KILLS, counts).run();
                tally.add(counts);
                if (!broken.isEmpty()) {
                    failures.add("seed " + seed + ": " + String.join("; ", broken));
                }
            }
        }
        String summary = String.format(
                Locale.ROOT,
                "chaos kill -9: %d scenarios, %d failed (%.0f s, %d kills each); %s",
                SCENARIOS,
                failures.size(),
                (System.nanoTime() - started) / 1e9,
                KILLS,
                tally.describe());
        Files.writeString(Path.of("target", "chaos-kill-summary.txt"), summary + "\n", StandardCharsets.UTF_8);
        System.out.println(summary);

        assertThat(failures).as(summary).isEmpty();
        assertThat(tally.faultScenarios().keySet())
                .as("every kind of kill happened")
                .contains(
                        "bench killed inside a local transaction",
                        "bench killed mid-sync",
                        "server killed while a bench syncs");
        assertThat(tally.commandScenarios())
                .as("the benches worked between the kills")
                .isNotEmpty();
    }
}
