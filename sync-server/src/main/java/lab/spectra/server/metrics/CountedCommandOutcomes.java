package lab.spectra.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import lab.spectra.model.command.Command;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.protocol.CommandTypes;

/**
 * Counts answers as {@code spectra_commands_decided_total{type, outcome, reason, via}}: the
 * command's wire name, {@code applied}, {@code rejected} or {@code conflict}, the rejection's code
 * ({@code none} when applied, {@code conflict} for a conflict) and {@code sync} or {@code rest}.
 * Every tag comes from a closed set (the registered command types, the rejection codes), so the
 * number of series stays bounded whatever is sent. An answer given again for a command sent again
 * is counted again: this counts answers, not records.
 */
public final class CountedCommandOutcomes implements CommandOutcomes {

    static final String NAME = "spectra.commands.decided";

    /** The type tag of a command class the protocol does not register (never sent by a bench). */
    static final String UNREGISTERED = "unregistered";

    private final MeterRegistry registry;
    private final Map<Class<?>, String> wireNames = new HashMap<>();
    // The registry finds a counter by its id too, but builds the id on every look-up; this does not.
    private final Map<Series, Counter> counters = new ConcurrentHashMap<>();

    private record Series(String type, String outcome, String reason, Via via) {}

    public CountedCommandOutcomes(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        // CommandTypes looks a class up by scanning; a command is counted on every answer.
        CommandTypes.all().forEach((wireName, type) -> wireNames.put(type, wireName));
    }

    @Override
    public void decided(Via via, Command command, CommandResult result) {
        counters.computeIfAbsent(
                        new Series(
                                wireNames.getOrDefault(command.getClass(), UNREGISTERED),
                                outcome(result),
                                reason(result),
                                via),
                        this::counter)
                .increment();
    }

    private Counter counter(Series series) {
        return Counter.builder(NAME)
                .description("Answers given to commands, by command type and outcome")
                .tag("type", series.type())
                .tag("outcome", series.outcome())
                .tag("reason", series.reason())
                .tag("via", series.via().tag())
                .register(registry);
    }

    private static String outcome(CommandResult result) {
        if (result instanceof CommandResult.Applied) {
            return "applied";
        }
        return result instanceof CommandResult.Rejected ? "rejected" : "conflict";
    }

    private static String reason(CommandResult result) {
        if (result instanceof CommandResult.Rejected rejected) {
            return rejected.code().wireName();
        }
        return result instanceof CommandResult.Applied ? "none" : "conflict";
    }
}
