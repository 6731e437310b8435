package lab.spectra.model.spc;

import static lab.spectra.model.spc.ExampleChart.points;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Western Electric rules are the Nelson subset {1, 5, 6, 2}, numbered WE1 to WE4. */
class WesternElectricSetTest {

    @Test
    void theSetIsNelsonRulesOneFiveSixAndTwo() {
        assertThat(RuleSelection.westernElectric().enabled())
                .containsExactly(NelsonRule.RULE_1, NelsonRule.RULE_2, NelsonRule.RULE_5, NelsonRule.RULE_6);
    }

    @Test
    void eachIsNumberedTheWesternElectricWay() {
        assertThat(WesternElectricRule.values())
                .extracting(
                        WesternElectricRule::label, rule -> rule.nelsonRule().number())
                .containsExactly(tuple("WE1", 1), tuple("WE2", 5), tuple("WE3", 6), tuple("WE4", 2));
    }

    @Test
    void theOtherNelsonRulesHaveNoWesternElectricNumber() {
        assertThat(List.of(NelsonRule.RULE_3, NelsonRule.RULE_4, NelsonRule.RULE_7, NelsonRule.RULE_8))
                .allSatisfy(rule -> assertThat(WesternElectricRule.of(rule)).isEmpty());
        assertThat(WesternElectricRule.of(NelsonRule.RULE_5)).contains(WesternElectricRule.WE2);
    }

    @Test
    void aWesternElectricRuleIsShownInTheWordsOfItsNelsonRule() {
        assertThat(WesternElectricRule.WE4.sentence())
                .isEqualTo("WE4: nine points in a row on the same side of the centre line");
    }

    @Test
    void theWesternElectricSetGivesTheVerdictsOfItsNelsonRulesOnly() {
        // Eight points beyond 1 sigma above (rules 6 and 8), the last six rising (rule 3) into
        // zone A (rule 5) and beyond 3 sigma (rule 1).
        List<Double> series = points(1.5, 1.2, 1.1, 1.3, 1.4, 2.2, 2.6, 3.3);

        List<Violation> westernElectric =
                NelsonRules.evaluate(series, ExampleChart.ZONES, RuleSelection.westernElectric());

        assertThat(NelsonRules.evaluate(series, ExampleChart.ZONES))
                .extracting(Violation::ruleNumber)
                .contains(3, 8);
        assertThat(westernElectric)
                .isEqualTo(NelsonRules.evaluate(series, ExampleChart.ZONES).stream()
                        .filter(violation ->
                                WesternElectricRule.of(violation.rule()).isPresent())
                        .toList())
                .extracting(Violation::ruleNumber)
                .containsOnly(1, 5, 6);
    }
}
