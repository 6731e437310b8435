package lab.spectra.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Objects;
import lab.spectra.model.command.Command;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.protocol.PushResponse;

/**
 * Push and pull volumes as counters ({@code spectra_sync_pushed_commands_total},
 * {@code spectra_sync_pushes_total}, {@code spectra_sync_pulled_rows_total},
 * {@code spectra_sync_pulls_total}); Prometheus's {@code rate()} turns them into commands and rows
 * per second. Each pushed command's answer is also counted by type, {@code via="sync"}.
 */
public final class CountedSync implements SyncMetrics {

    private final Counter pushes;
    private final Counter pushedCommands;
    private final Counter pulls;
    private final Counter pulledRows;
    private final CommandOutcomes outcomes;

    public CountedSync(MeterRegistry registry, CommandOutcomes outcomes) {
        Objects.requireNonNull(registry, "registry");
        this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
        this.pushes = Counter.builder("spectra.sync.pushes")
                .description("Pushes decided (POST /sync/push answered or refused after deciding)")
                .register(registry);
        this.pushedCommands = Counter.builder("spectra.sync.pushed.commands")
                .description("Commands received in pushes and decided")
                .register(registry);
        this.pulls = Counter.builder("spectra.sync.pulls")
                .description("Pull pages served (GET /sync/pull)")
                .register(registry);
        this.pulledRows = Counter.builder("spectra.sync.pulled.rows")
                .description("Rows sent in pull pages (changes and tombstones)")
                .register(registry);
    }

    @Override
    public void pushed(List<Command> commands, PushResponse answer) {
        pushes.increment();
        pushedCommands.increment(commands.size());
        List<CommandResult> results = answer.results();
        // One result per command, in the order sent (SYNC.md); guard anyway so a metric never fails a push.
        for (int i = 0; i < Math.min(commands.size(), results.size()); i++) {
            outcomes.decided(CommandOutcomes.Via.SYNC, commands.get(i), results.get(i));
        }
    }

    @Override
    public void pulled(long rows) {
        pulls.increment();
        pulledRows.increment(rows);
    }
}
