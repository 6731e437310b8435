package lab.spectra.desktop.chaos;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How often each command type and each fault occurred, counted as the share of scenarios in which it
 * occurred at least once: the issue asks that each shows up in at least 5 % of them.
 */
final class ChaosTally {

    private final Map<String, Integer> commandScenarios = new TreeMap<>();
    private final Map<String, Integer> faultScenarios = new TreeMap<>();
    private final Set<String> commandsNow = new HashSet<>();
    private final Set<String> faultsNow = new HashSet<>();
    private int scenarios;

    void command(String type) {
        commandsNow.add(type);
    }

    void fault(String type) {
        faultsNow.add(type);
    }

    /** Closes one scenario's counts. */
    void scenarioEnded() {
        scenarios++;
        commandsNow.forEach(type -> commandScenarios.merge(type, 1, Integer::sum));
        faultsNow.forEach(type -> faultScenarios.merge(type, 1, Integer::sum));
        commandsNow.clear();
        faultsNow.clear();
    }

    Map<String, Integer> commandScenarios() {
        return commandScenarios;
    }

    Map<String, Integer> faultScenarios() {
        return faultScenarios;
    }

    String describe() {
        return "commands " + shares(commandScenarios) + "; faults " + shares(faultScenarios);
    }

    private String shares(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .map(entry -> String.format(
                        Locale.ROOT, "%s %.0f%%", entry.getKey(), 100.0 * entry.getValue() / Math.max(1, scenarios)))
                .collect(Collectors.joining(", "));
    }
}
