package lab.spectra.desktop.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lab.spectra.desktop.testing.SyncTestbed;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: seeded scenarios of three benches, random work and random faults against the real
 * server, each ending with every invariant of {@link ScenarioInvariants} checked. How many run is
 * {@code -Dchaos.scenarios} (a soak: thousands), from {@code -Dchaos.firstSeed}; a failing seed is
 * replayed alone with {@code -Dchaos.scenarios=1 -Dchaos.firstSeed=<seed>}. The one-line summary
 * goes to {@code target/chaos-summary.txt}.
 */
class SeededChaosScenariosLoseAndDuplicateNothingTest {

    private static final int SCENARIOS = Integer.getInteger("chaos.scenarios", 30);
    private static final long FIRST_SEED = Long.getLong("chaos.firstSeed", 21_000L);

    @Test
    void everyScenarioEndsWithEveryBenchEqualToTheServerAndEveryCommandAccountedFor() throws IOException {
        SyncTestbed testbed = SyncTestbed.get();
        ChaosTally tally = new ChaosTally();
        List<String> failures = new ArrayList<>();
        List<Long> failedSeeds = new ArrayList<>();
        long started = System.nanoTime();
        for (long seed = FIRST_SEED; seed < FIRST_SEED + SCENARIOS; seed++) {
            List<String> broken = new ChaosScenario(testbed, seed, tally).run();
            tally.scenarioEnded();
            if (!broken.isEmpty()) {
                failedSeeds.add(seed);
                failures.add("seed " + seed + ": " + String.join("; ", broken));
            }
        }
        String summary = String.format(
                Locale.ROOT,
                "chaos: %d scenarios, %d failed, seeds %s (%.0f s); %s",
                SCENARIOS,
                failedSeeds.size(),
                failedSeeds.isEmpty() ? "none" : failedSeeds.toString(),
                (System.nanoTime() - started) / 1e9,
                tally.describe());
        Files.writeString(Path.of("target", "chaos-summary.txt"), summary + "\n", StandardCharsets.UTF_8);
        System.out.println(summary);

        assertThat(failures).as(summary).isEmpty();
        Map<String, Integer> commands = tally.commandScenarios();
        assertThat(commands.keySet())
                .as("every command type the scenarios draw occurred")
                .contains(
                        "CreateSample",
                        "EditSample",
                        "RecordCustodyEvent",
                        "StartRun",
                        "RecordResult",
                        "FinishRun",
                        "EditRecipeDraft",
                        "SubmitRecipe",
                        "ApproveRecipe");
        assertThat(tally.faultScenarios().keySet())
                .as("every fault the scenarios draw occurred")
                .contains(
                        "network down",
                        "answer lost after the server committed",
                        "pull cut mid-page",
                        "server error answered by a proxy",
                        "bench restarted",
                        "clock set back a day",
                        "clock an hour ahead",
                        "shift change on a shared bench");
    }
}
