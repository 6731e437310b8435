package lab.spectra.model.spc;

import static lab.spectra.model.spc.ExampleChart.firings;
import static lab.spectra.model.spc.ExampleChart.points;
import static lab.spectra.model.spc.ExampleChart.repeated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Nelson rule 8: eight points in a row more than 1 sigma from the centre line, either side. */
class Rule8EightPointsBeyondOneSigmaTest {

    /** A mixture: eight points jumping across the centre line, none in zone C. */
    static final List<Double> MIXTURE = points(1.5, -1.5, 2, -1.2, 1.1, -2.5, 1.3, -1.7);

    static Stream<Arguments> table() {
        return Stream.of(
                arguments("eight points on both sides, none in zone C", MIXTURE, List.of(7)),
                arguments("eight points on one side count too", repeated(8, 1.5), List.of(7)),
                arguments("after a point in zone C", points(0, 1.5, -1.5, 2, -1.2, 1.1, -2.5, 1.3, -1.7), List.of(8)),
                arguments(
                        "near miss: seven beyond, then one within",
                        points(1.5, -1.5, 2, -1.2, 1.1, -2.5, 1.3, -0.9),
                        List.of()),
                arguments(
                        "near miss: exactly 1 sigma is not beyond",
                        points(1.5, -1.5, 2, -1.0, 1.1, -2.5, 1.3, -1.7),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void firesExactlyAtTheTabulatedPoints(String situation, List<Double> points, List<Integer> expected) {
        assertThat(firings(NelsonRule.RULE_8, points)).isEqualTo(expected);
    }

    @Test
    void theTextbookExampleNamesTheEightPointsAndTheRuleInWords() {
        List<Violation> found = NelsonRule.RULE_8.violations(MIXTURE, ExampleChart.ZONES);

        assertThat(found)
                .containsExactly(new Violation(
                        NelsonRule.RULE_8, 7, IntStream.range(0, 8).boxed().toList()));
        assertThat(found.get(0).sentence())
                .isEqualTo("Rule 8: eight points in a row more than 1 sigma from the centre line on either side");
    }
}
