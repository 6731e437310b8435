package lab.spectra.model.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A series that never changes has no trend and no alternation, and is beyond 3 sigma everywhere or
 * nowhere.
 */
class ConstantSeriesTest {

    @Property
    void rulesThreeAndFourNeverFireOnAConstantSeries(@ForAll("constant") List<Double> sigmas) {
        List<Double> points = ExampleChart.points(NoRuleFiresBeforeItsWindowIsFullTest.toArray(sigmas));

        assertThat(NelsonRules.evaluate(
                        points, ExampleChart.ZONES, RuleSelection.of(NelsonRule.RULE_3, NelsonRule.RULE_4)))
                .isEmpty();
    }

    @Property
    void ruleOneFiresOnEveryPointOfAConstantSeriesExactlyWhenItsValueIsBeyondThreeSigma(
            @ForAll("constant") List<Double> sigmas) {
        List<Double> points = ExampleChart.points(NoRuleFiresBeforeItsWindowIsFullTest.toArray(sigmas));
        boolean beyond = !sigmas.isEmpty() && Math.abs(sigmas.get(0)) > 3;

        List<Integer> expected =
                beyond ? IntStream.range(0, points.size()).boxed().toList() : List.of();
        assertThat(NelsonRule.RULE_1.violations(points, ExampleChart.ZONES))
                .extracting(Violation::index)
                .isEqualTo(expected);
    }

    /** One value in quarter sigmas within 6 sigma either side, repeated 0 to 60 times. */
    @Provide
    Arbitrary<List<Double>> constant() {
        return SeriesInSigmas.constant();
    }
}
