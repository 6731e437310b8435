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

/** Nelson rule 1: one point more than 3 sigma from the centre line. */
class Rule1OnePointBeyondThreeSigmaTest {

    static Stream<Arguments> table() {
        return Stream.of(
                arguments("a point 3.5 sigma above", points(0, 0.5, -1, 3.5, 0), List.of(3)),
                arguments("a point 3.2 sigma below", points(0, -3.2, 1), List.of(1)),
                arguments("each point beyond is reported", points(4, 0, -4), List.of(0, 2)),
                arguments("near miss: exactly 3 sigma is not beyond", points(0, 3, -3), List.of()),
                arguments("near miss: 2.9 sigma", points(2.9, -2.9), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void firesExactlyAtTheTabulatedPoints(String situation, List<Double> points, List<Integer> expected) {
        assertThat(firings(NelsonRule.RULE_1, points)).isEqualTo(expected);
    }

    @Test
    void theTextbookExampleNamesThePointAndTheRuleInWords() {
        List<Violation> found = NelsonRule.RULE_1.violations(points(0, 0.5, -1, 3.5, 0), ExampleChart.ZONES);

        assertThat(found).containsExactly(new Violation(NelsonRule.RULE_1, 3, List.of(3)));
        assertThat(found.get(0).sentence()).isEqualTo("Rule 1: one point more than 3 sigma from the centre line");
    }
}
