package lab.spectra.model.spc;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Western Electric rules (Western Electric, <i>Statistical Quality Control Handbook</i>, 1956)
 * as the Nelson rules they correspond to, numbered the Western Electric way for people used to it.
 * They are not written twice: a WE rule is evaluated as its Nelson rule.
 *
 * <p>One difference from the handbook, on purpose: its fourth rule is eight points in a row on one
 * side of the centre line, Nelson's rule 2 (used here) is nine, so the two sets never disagree
 * about the same points.
 */
public enum WesternElectricRule {
    /** One point beyond 3 sigma: Nelson rule 1. */
    WE1(NelsonRule.RULE_1),
    /** Two out of three beyond 2 sigma on the same side: Nelson rule 5. */
    WE2(NelsonRule.RULE_5),
    /** Four out of five beyond 1 sigma on the same side: Nelson rule 6. */
    WE3(NelsonRule.RULE_6),
    /** A run on one side of the centre line: Nelson rule 2 (nine points). */
    WE4(NelsonRule.RULE_2);

    private final NelsonRule nelsonRule;

    WesternElectricRule(NelsonRule nelsonRule) {
        this.nelsonRule = nelsonRule;
    }

    public NelsonRule nelsonRule() {
        return nelsonRule;
    }

    /** The label shown in the UI, e.g. "WE2". */
    public String label() {
        return name();
    }

    /** The rule as a sentence with its Western Electric number, e.g. "WE4: nine points in a row ...". */
    public String sentence() {
        return label() + ": " + nelsonRule.description();
    }

    /** The Western Electric numbering of a Nelson rule, or empty for rules 3, 4, 7 and 8. */
    public static Optional<WesternElectricRule> of(NelsonRule rule) {
        return Arrays.stream(values()).filter(we -> we.nelsonRule == rule).findFirst();
    }

    static RuleSelection asSelection() {
        return new RuleSelection(
                Arrays.stream(values()).map(WesternElectricRule::nelsonRule).collect(Collectors.toSet()));
    }
}
