package lab.spectra.model.spc;

import static lab.spectra.model.spc.ExampleChart.firings;
import static lab.spectra.model.spc.ExampleChart.points;
import static lab.spectra.model.spc.ExampleChart.repeated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Nelson rule 2: nine points in a row on the same side of the centre line. */
class Rule2NinePointsOnOneSideTest {

    /** One point below, then a shift: nine points above the centre line, all inside 2 sigma. */
    static final List<Double> SHIFT = points(-0.5, 0.5, 1, 0.2, 0.7, 1.5, 0.3, 0.9, 0.4, 0.6);

    static Stream<Arguments> table() {
        return Stream.of(
                arguments("a shift up after one point below", SHIFT, List.of(9)),
                arguments("ten points below: the ninth and the tenth", repeated(10, -0.4), List.of(8, 9)),
                arguments(
                        "near miss: eight above, then one below",
                        points(.5, .5, .5, .5, .5, .5, .5, .5, -.1),
                        List.of()),
                arguments(
                        "near miss: a point on the centre line breaks the run",
                        points(.5, .5, .5, .5, 0, .5, .5, .5, .5),
                        List.of()),
                arguments("near miss: eight points, the window is not full", repeated(8, 1), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void firesExactlyAtTheTabulatedPoints(String situation, List<Double> points, List<Integer> expected) {
        assertThat(firings(NelsonRule.RULE_2, points)).isEqualTo(expected);
    }

    @Test
    void theTextbookExampleNamesTheNinePointsAndTheRuleInWords() {
        List<Violation> found = NelsonRule.RULE_2.violations(SHIFT, ExampleChart.ZONES);

        assertThat(found).containsExactly(new Violation(NelsonRule.RULE_2, 9, List.of(1, 2, 3, 4, 5, 6, 7, 8, 9)));
        assertThat(found.get(0).sentence())
                .isEqualTo("Rule 2: nine points in a row on the same side of the centre line");
    }
}
