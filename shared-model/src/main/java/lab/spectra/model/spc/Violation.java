package lab.spectra.model.spc;

import java.util.List;
import java.util.Objects;

/**
 * One Nelson rule broken by the series.
 *
 * @param rule the rule
 * @param index the position (0-based, in run order) of the point that completes the pattern: the
 *     point to mark on the chart and to raise an alert for
 * @param involved the positions of the points that make up the pattern, in order, ending at or
 *     before {@code index}
 */
public record Violation(NelsonRule rule, int index, List<Integer> involved) {

    public Violation {
        Objects.requireNonNull(rule, "rule");
        involved = List.copyOf(involved);
        if (index < 0 || involved.isEmpty()) {
            throw new IllegalArgumentException("A violation names the point that completes it and the points involved");
        }
    }

    /** Nelson's number of the rule, 1 to 8. */
    public int ruleNumber() {
        return rule.number();
    }

    /** The rule in words, e.g. "Rule 2: nine points in a row on the same side of the centre line". */
    public String sentence() {
        return rule.sentence();
    }
}
