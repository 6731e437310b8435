package lab.spectra.desktop.chaos;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How often each command type and each fault occurred, counted as the share of scenarios in which it
 * occurred at least once: the issue asks that each shows up in at least 5 % of them. Scenarios run
 * on several threads, each counting into its own {@link Scenario}, added here when it ends.
 */
final class ChaosTally {

    /** What one scenario did; touched by its own thread only. */
    static final class Scenario {
        private final Set<String> commands = new HashSet<>();
        private final Set<String> faults = new HashSet<>();
        private int commandsMade;

        void command(String type) {
            commands.add(type);
        }

        /** A command a bench executed (applied locally or refused there). */
        void made(String type) {
            commandsMade++;
            commands.add(type);
        }

        void fault(String type) {
            faults.add(type);
        }

        int commandsMade() {
            return commandsMade;
        }
    }

    private final Map<String, Integer> commandScenarios = new TreeMap<>();
    private final Map<String, Integer> faultScenarios = new TreeMap<>();
    private int scenarios;
    private int leastCommands = Integer.MAX_VALUE;

    synchronized void add(Scenario ended) {
        scenarios++;
        leastCommands = Math.min(leastCommands, ended.commandsMade);
        ended.commands.forEach(type -> commandScenarios.merge(type, 1, Integer::sum));
        ended.faults.forEach(type -> faultScenarios.merge(type, 1, Integer::sum));
    }

    synchronized Map<String, Integer> commandScenarios() {
        return Map.copyOf(commandScenarios);
    }

    synchronized Map<String, Integer> faultScenarios() {
        return Map.copyOf(faultScenarios);
    }

    /** The share of scenarios in which the rarest of these types occurred. */
    synchronized double rarestShare(Map<String, Integer> counts, Set<String> types) {
        return types.stream()
                .mapToDouble(type -> (double) counts.getOrDefault(type, 0) / Math.max(1, scenarios))
                .min()
                .orElse(0);
    }

    synchronized int leastCommandsInAScenario() {
        return leastCommands;
    }

    synchronized String describe() {
        return "commands " + shares(commandScenarios) + "; faults " + shares(faultScenarios);
    }

    private String shares(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .map(entry -> String.format(
                        Locale.ROOT, "%s %.0f%%", entry.getKey(), 100.0 * entry.getValue() / Math.max(1, scenarios)))
                .collect(Collectors.joining(", "));
    }
}
