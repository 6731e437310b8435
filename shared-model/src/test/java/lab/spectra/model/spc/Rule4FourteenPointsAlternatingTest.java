package lab.spectra.model.spc;

import static lab.spectra.model.spc.ExampleChart.alternating;
import static lab.spectra.model.spc.ExampleChart.firings;
import static lab.spectra.model.spc.ExampleChart.points;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Nelson rule 4: fourteen points in a row alternating up and down. */
class Rule4FourteenPointsAlternatingTest {

    /** Over-adjustment: every point corrects the one before, half a sigma either side. */
    static final List<Double> SAWTOOTH = alternating(14, 0.5);

    static Stream<Arguments> table() {
        return Stream.of(
                arguments("fourteen points alternating", SAWTOOTH, List.of(13)),
                arguments(
                        "fifteen alternating: the fourteenth and the fifteenth", alternating(15, 0.5), List.of(13, 14)),
                arguments(
                        "the sides do not matter, only the direction",
                        points(1, 1.5, 1, 1.5, 1, 1.5, 1, 1.5, 1, 1.5, 1, 1.5, 1, 1.5),
                        List.of(13)),
                arguments("near miss: thirteen alternating", alternating(13, 0.5), List.of()),
                arguments("near miss: a tie in the middle", replaced(SAWTOOTH, 7, SAWTOOTH.get(6)), List.of()),
                arguments("near miss: two rises in a row", replaced(SAWTOOTH, 7, 10.0 + 2 * 0.5), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void firesExactlyAtTheTabulatedPoints(String situation, List<Double> points, List<Integer> expected) {
        assertThat(firings(NelsonRule.RULE_4, points)).isEqualTo(expected);
    }

    @Test
    void theTextbookExampleNamesTheFourteenPointsAndTheRuleInWords() {
        List<Violation> found = NelsonRule.RULE_4.violations(SAWTOOTH, ExampleChart.ZONES);

        assertThat(found)
                .containsExactly(new Violation(
                        NelsonRule.RULE_4, 13, IntStream.range(0, 14).boxed().toList()));
        assertThat(found.get(0).sentence()).isEqualTo("Rule 4: fourteen points in a row alternating up and down");
    }

    private static List<Double> replaced(List<Double> points, int index, double value) {
        List<Double> copy = new ArrayList<>(points);
        copy.set(index, value);
        return copy;
    }
}
