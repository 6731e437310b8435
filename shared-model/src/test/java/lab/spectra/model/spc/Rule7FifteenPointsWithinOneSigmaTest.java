package lab.spectra.model.spc;

import static lab.spectra.model.spc.ExampleChart.alternating;
import static lab.spectra.model.spc.ExampleChart.firings;
import static lab.spectra.model.spc.ExampleChart.points;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Nelson rule 7: fifteen points in a row within 1 sigma of the centre line. */
class Rule7FifteenPointsWithinOneSigmaTest {

    /** Stratification: fifteen points hugging the centre line on both sides. */
    static final List<Double> HUGGING =
            points(0.3, -0.2, 0.8, -0.9, 0.1, 0.5, -0.6, 0.2, -0.1, 0.7, -0.4, 0.9, -0.8, 0, 0.6);

    static Stream<Arguments> table() {
        return Stream.of(
                arguments("fifteen points in zone C", HUGGING, List.of(14)),
                arguments("exactly 1 sigma counts as within", alternating(15, 1.0), List.of(14)),
                arguments(
                        "near miss: fourteen within, then one beyond",
                        points(0.3, -0.2, 0.8, -0.9, 0.1, 0.5, -0.6, 0.2, -0.1, 0.7, -0.4, 0.9, -0.8, 0, 1.2),
                        List.of()),
                arguments(
                        "near miss: one point beyond in the middle",
                        points(0.3, -0.2, 0.8, -0.9, 0.1, 0.5, -0.6, -1.1, -0.1, 0.7, -0.4, 0.9, -0.8, 0, 0.6),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void firesExactlyAtTheTabulatedPoints(String situation, List<Double> points, List<Integer> expected) {
        assertThat(firings(NelsonRule.RULE_7, points)).isEqualTo(expected);
    }

    @Test
    void theTextbookExampleNamesTheFifteenPointsAndTheRuleInWords() {
        List<Violation> found = NelsonRule.RULE_7.violations(HUGGING, ExampleChart.ZONES);

        assertThat(found)
                .containsExactly(new Violation(
                        NelsonRule.RULE_7, 14, IntStream.range(0, 15).boxed().toList()));
        assertThat(found.get(0).sentence())
                .isEqualTo("Rule 7: fifteen points in a row within 1 sigma of the centre line");
    }
}
