package lab.spectra.desktop.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import lab.spectra.desktop.store.DatabaseOpener;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.TemplatedDatabases;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: seeded scenarios of three benches, random work and random faults against the real
 * server, each ending with every invariant of {@link ScenarioInvariants} checked. How many run is
 * {@code -Dchaos.scenarios} (a soak: tens of thousands), from {@code -Dchaos.firstSeed}, on
 * {@code -Dchaos.threads} threads (each scenario has its own organization, benches and networks, so
 * they run side by side against the one server); a failing seed is replayed alone with
 * {@code -Dchaos.scenarios=1 -Dchaos.firstSeed=<seed>}. The one-line summary goes to
 * {@code target/chaos-summary.txt}.
 */
class SeededChaosScenariosLoseAndDuplicateNothingTest {

    private static final int SCENARIOS = Integer.getInteger("chaos.scenarios", 1_000);
    private static final long FIRST_SEED = Long.getLong("chaos.firstSeed", 21_000L);
    private static final int THREADS = Integer.getInteger("chaos.threads", 4);

    private static final Set<String> COMMANDS = Set.of(
            "CreateSample",
            "EditSample",
            "RecordCustodyEvent",
            "StartRun",
            "RecordResult",
            "FinishRun",
            "EditRecipeDraft",
            "SubmitRecipe",
            "ApproveRecipe");
    private static final Set<String> FAULTS = Set.of(
            "network down",
            "answer lost after the server committed",
            "pull cut mid-page",
            "server error answered by a proxy",
            "bench restarted",
            "clock set back a day",
            "clock an hour ahead",
            "shift change on a shared bench",
            "request repeated after a lost answer",
            "push delivered twice at once",
            "push delivered again later",
            "copy of a push answered by the server");

    @Test
    void everyScenarioEndsWithEveryBenchEqualToTheServerAndEveryCommandAccountedFor()
            throws IOException, InterruptedException {
        SyncTestbed testbed = SyncTestbed.get();
        DatabaseOpener databases = TemplatedDatabases.migrated();
        ChaosTally tally = new ChaosTally();
        SortedMap<Long, String> failures = new ConcurrentSkipListMap<>();
        long started = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(THREADS);
        for (long seed = FIRST_SEED; seed < FIRST_SEED + SCENARIOS; seed++) {
            long scenarioSeed = seed;
            workers.execute(() -> {
                ChaosTally.Scenario counts = new ChaosTally.Scenario();
                List<String> broken = new ChaosScenario(testbed, databases, scenarioSeed, counts).run();
                tally.add(counts);
                if (!broken.isEmpty()) {
                    failures.put(scenarioSeed, "seed " + scenarioSeed + ": " + String.join("; ", broken));
                }
            });
        }
        workers.shutdown();
        assertThat(workers.awaitTermination(2, TimeUnit.HOURS)).isTrue();
        String summary = String.format(
                Locale.ROOT,
                "chaos: %d scenarios, %d failed, seeds %s (%.0f s on %d threads; at least %d commands each); %s",
                SCENARIOS,
                failures.size(),
                failures.isEmpty() ? "none" : failures.keySet().toString(),
                (System.nanoTime() - started) / 1e9,
                THREADS,
                tally.leastCommandsInAScenario(),
                tally.describe());
        Files.writeString(Path.of("target", "chaos-summary.txt"), summary + "\n", StandardCharsets.UTF_8);
        System.out.println(summary);

        assertThat(failures.values()).as(summary).isEmpty();
        assertThat(tally.leastCommandsInAScenario())
                .as("commands made in every scenario")
                .isGreaterThanOrEqualTo(ChaosScenario.LEAST_COMMANDS);
        Map<String, Integer> commands = tally.commandScenarios();
        Map<String, Integer> faults = tally.faultScenarios();
        assertThat(commands.keySet())
                .as("every command type the scenarios draw occurred")
                .containsAll(COMMANDS);
        assertThat(faults.keySet())
                .as("every fault the scenarios draw occurred")
                .containsAll(FAULTS);
        if (SCENARIOS >= 100) {
            assertThat(tally.rarestShare(commands, COMMANDS))
                    .as("the rarest command type's share of scenarios")
                    .isGreaterThanOrEqualTo(0.05);
            assertThat(tally.rarestShare(faults, FAULTS))
                    .as("the rarest fault's share of scenarios")
                    .isGreaterThanOrEqualTo(0.05);
        }
    }
}
