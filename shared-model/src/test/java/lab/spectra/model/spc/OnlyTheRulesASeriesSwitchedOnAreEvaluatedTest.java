package lab.spectra.model.spc;

import static lab.spectra.model.spc.ExampleChart.points;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule is switched on or off per series, and verdicts come out in a stable order. */
class OnlyTheRulesASeriesSwitchedOnAreEvaluatedTest {

    /** Nine points above the centre line, the ninth beyond 3 sigma: rules 1, 2 and 5 complete at it. */
    private static final List<Double> SHIFT_ENDING_IN_AN_OUTLIER = points(0.5, 1, 0.2, 0.7, 1.5, 0.3, 0.9, 2.4, 3.6);

    @Test
    void allEightRulesReportEveryViolationOrderedByPointThenRule() {
        List<Violation> found = NelsonRules.evaluate(SHIFT_ENDING_IN_AN_OUTLIER, ExampleChart.ZONES);

        assertThat(found)
                .extracting(Violation::index, Violation::ruleNumber)
                .containsExactly(tuple(8, 1), tuple(8, 2), tuple(8, 5));
    }

    @Test
    void aRuleSwitchedOffIsNotEvaluated() {
        RuleSelection withoutRule2 = RuleSelection.allNelsonRules().without(NelsonRule.RULE_2);

        assertThat(NelsonRules.evaluate(SHIFT_ENDING_IN_AN_OUTLIER, ExampleChart.ZONES, withoutRule2))
                .extracting(Violation::ruleNumber)
                .containsExactly(1, 5);
    }

    @Test
    void aSeriesWithEveryRuleSwitchedOffHasNoViolations() {
        assertThat(NelsonRules.evaluate(SHIFT_ENDING_IN_AN_OUTLIER, ExampleChart.ZONES, RuleSelection.none()))
                .isEmpty();
    }

    @Test
    void aRuleSwitchedBackOnIsEvaluatedAgain() {
        RuleSelection onlyRule2 = RuleSelection.none().with(NelsonRule.RULE_2);

        assertThat(NelsonRules.evaluate(SHIFT_ENDING_IN_AN_OUTLIER, ExampleChart.ZONES, onlyRule2))
                .extracting(Violation::ruleNumber)
                .containsExactly(2);
    }
}
