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

/** Nelson rule 3: six points in a row steadily increasing or decreasing. */
class Rule3SixPointsTrendingTest {

    /** A dip, then a drift upwards through the centre line: points 1 to 6 rise steadily. */
    static final List<Double> DRIFT = points(0, -1, -0.5, 0, 0.3, 0.8, 1.2);

    static Stream<Arguments> table() {
        return Stream.of(
                arguments("a drift upwards", DRIFT, List.of(6)),
                arguments("a drift downwards", points(1, 0.8, 0.5, 0.1, -0.4, -0.6), List.of(5)),
                arguments(
                        "seven rising points: the sixth and the seventh",
                        points(-1.5, -1, -.5, 0, .5, 1, 1.5),
                        List.of(5, 6)),
                arguments("near miss: five rising, then a tie", points(-1, -0.5, 0, 0.3, 0.8, 0.8), List.of()),
                arguments("near miss: five rising, then a fall", points(-1, -0.5, 0, 0.3, 0.8, 0.2), List.of()),
                arguments("near miss: a fall in the middle", points(-1, -0.5, 0, -0.1, 0.3, 0.8, 1.2), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void firesExactlyAtTheTabulatedPoints(String situation, List<Double> points, List<Integer> expected) {
        assertThat(firings(NelsonRule.RULE_3, points)).isEqualTo(expected);
    }

    @Test
    void theTextbookExampleNamesTheSixPointsAndTheRuleInWords() {
        List<Violation> found = NelsonRule.RULE_3.violations(DRIFT, ExampleChart.ZONES);

        assertThat(found).containsExactly(new Violation(NelsonRule.RULE_3, 6, List.of(1, 2, 3, 4, 5, 6)));
        assertThat(found.get(0).sentence()).isEqualTo("Rule 3: six points in a row steadily increasing or decreasing");
    }
}
