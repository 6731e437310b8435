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

/** Nelson rule 5: two out of three points in a row more than 2 sigma away, on the same side. */
class Rule5TwoOfThreeBeyondTwoSigmaTest {

    /** Points 1 and 3 lie in zone A above the centre line, with point 2 between them. */
    static final List<Double> TWO_IN_ZONE_A = points(0, 2.5, 0.5, 2.1);

    static Stream<Arguments> table() {
        return Stream.of(
                arguments("two of three in zone A above", TWO_IN_ZONE_A, List.of(3)),
                arguments("two in a row in zone A below", points(0, -2.2, -2.6), List.of(2)),
                arguments("a point beyond 3 sigma counts as beyond 2", points(0, 3.5, 2.5), List.of(2)),
                arguments("the first full window is reported at its last point", points(2.5, 2.5, 0), List.of(2)),
                arguments("not reported again at the ordinary points after it", points(0, 2.5, 2.5, 0, 0), List.of(2)),
                arguments("near miss: zone A on opposite sides", points(0, 2.5, 0.5, -2.5), List.of()),
                arguments("near miss: exactly 2 sigma is not beyond", points(0, 2.5, 2.0), List.of()),
                arguments("near miss: the two points are four apart", points(2.5, 0, 0, 2.5), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void firesExactlyAtTheTabulatedPoints(String situation, List<Double> points, List<Integer> expected) {
        assertThat(firings(NelsonRule.RULE_5, points)).isEqualTo(expected);
    }

    @Test
    void theTextbookExampleNamesTheTwoPointsAndTheRuleInWords() {
        List<Violation> found = NelsonRule.RULE_5.violations(TWO_IN_ZONE_A, ExampleChart.ZONES);

        assertThat(found).containsExactly(new Violation(NelsonRule.RULE_5, 3, List.of(1, 3)));
        assertThat(found.get(0).sentence())
                .isEqualTo(
                        "Rule 5: two out of three points in a row more than 2 sigma from the centre line on the same side");
    }
}
