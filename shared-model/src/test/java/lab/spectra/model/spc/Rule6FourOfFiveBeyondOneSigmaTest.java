package lab.spectra.model.spc;

import static lab.spectra.model.spc.ExampleChart.firings;
import static lab.spectra.model.spc.ExampleChart.points;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Nelson rule 6: four out of five points in a row more than 1 sigma away, on the same side. */
class Rule6FourOfFiveBeyondOneSigmaTest {

    /** Points 1, 2, 4 and 5 lie beyond 1 sigma above the centre line; point 3 is in zone C. */
    static final List<Double> FOUR_OF_FIVE = points(0, 1.5, 1.2, 0.5, 1.1, 1.8);

    static Stream<Arguments> table() {
        return Stream.of(
                arguments("four of five beyond 1 sigma above", FOUR_OF_FIVE, List.of(5)),
                arguments("four of five below, in the first full window", points(-1.5, -1.2, -2, 0, -1.1), List.of(4)),
                arguments("near miss: three of five", points(0, 1.5, 1.2, 0.5, 0.5, 1.8), List.of()),
                arguments("near miss: exactly 1 sigma is not beyond", points(0, 1.5, 1.0, 0.5, 1.1, 1.8), List.of()),
                arguments("near miss: split across the sides", points(0, 1.5, -1.2, 0.5, 1.1, 1.8), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void firesExactlyAtTheTabulatedPoints(String situation, List<Double> points, List<Integer> expected) {
        assertThat(firings(NelsonRule.RULE_6, points)).isEqualTo(expected);
    }

    @Test
    void theTextbookExampleNamesTheFourPointsAndTheRuleInWords() {
        List<Violation> found = NelsonRule.RULE_6.violations(FOUR_OF_FIVE, ExampleChart.ZONES);

        assertThat(found).containsExactly(new Violation(NelsonRule.RULE_6, 5, List.of(1, 2, 4, 5)));
        assertThat(found.get(0).sentence())
                .isEqualTo(
                        "Rule 6: four out of five points in a row more than 1 sigma from the centre line on the same side");
    }
}
