package lab.spectra.desktop.spc;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import lab.spectra.model.spc.RuleNumbering;
import lab.spectra.model.spc.Violation;

/**
 * One plotted value of a chart: a point's value, or a subgroup's mean, at the time of the run that
 * completes it, with the rules it breaks.
 *
 * @param index       its position among all the series' plotted values (not only those in range)
 * @param rows        the points behind it, one on an individuals chart
 * @param violations  the enabled rules this value completes, as {@code NelsonRules} finds them
 * @param provisional an alert on it is still this bench's own, waiting for the server
 */
public record ChartPoint(
        int index, Instant at, double value, List<PointRow> rows, List<Violation> violations, boolean provisional) {

    public ChartPoint {
        rows = List.copyOf(rows);
        violations = List.copyOf(violations);
    }

    public boolean violates() {
        return !violations.isEmpty();
    }

    /** The point that completes the value: its run is the one a click opens. */
    public PointRow last() {
        return rows.get(rows.size() - 1);
    }

    /** The mark beside a violating value, as the series numbers its rules: "2", "1,2" or "WE4". */
    public String ruleMark(RuleNumbering numbering) {
        return violations.stream()
                .map(violation -> numbering == RuleNumbering.NELSON
                        ? String.valueOf(violation.ruleNumber())
                        : numbering.label(violation.rule()))
                .collect(Collectors.joining(","));
    }

    /** The rules broken in words, one per line: "Rule 2: nine points in a row on the same side…". */
    public List<String> brokenRules(RuleNumbering numbering) {
        return violations.stream()
                .map(violation -> numbering.label(violation.rule()) + ": "
                        + violation.rule().description())
                .toList();
    }
}
