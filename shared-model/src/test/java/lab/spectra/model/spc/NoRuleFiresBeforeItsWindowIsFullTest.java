package lab.spectra.model.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A rule looks at a window of consecutive points and says nothing until the window is full; the
 * points it names all lie in the window that ends at the point it reports.
 */
class NoRuleFiresBeforeItsWindowIsFullTest {

    @Property
    void everyViolationLiesInAFullWindowEndingAtTheReportedPoint(@ForAll("series") List<Double> sigmas) {
        List<Violation> found = NelsonRules.evaluate(ExampleChart.points(toArray(sigmas)), ExampleChart.ZONES);

        for (NelsonRule rule : NelsonRule.values()) {
            Statistics.label(rule.name()).collect(found.stream().anyMatch(v -> v.rule() == rule));
        }
        assertThat(found).allSatisfy(violation -> {
            int window = violation.rule().window();
            assertThat(violation.index()).isGreaterThanOrEqualTo(window - 1);
            assertThat(violation.involved()).isSorted().allSatisfy(i -> assertThat(i)
                    .isBetween(violation.index() - window + 1, violation.index()));
        });
        for (NelsonRule rule : NelsonRule.values()) {
            // Not vacuous: the generated series break every rule in a fair share of the tries.
            Statistics.label(rule.name()).coverage(c -> c.check(true).percentage(p -> p >= 5));
        }
    }

    @Property
    void aSeriesShorterThanARulesWindowNeverBreaksIt(@ForAll("series") List<Double> sigmas) {
        List<Double> points = ExampleChart.points(toArray(sigmas));

        for (NelsonRule rule : NelsonRule.values()) {
            List<Double> tooShort = points.subList(0, Math.min(points.size(), rule.window() - 1));
            assertThat(rule.violations(tooShort, ExampleChart.ZONES)).isEmpty();
        }
    }

    /**
     * The verdict at a point depends on that point and the ones before it only: evaluating the
     * first m points gives exactly the violations the whole series has before position m. So a
     * point added later never changes a verdict already shown.
     */
    @Property(tries = 300) // quadratic in the series length
    void pointsAddedLaterNeverChangeAnEarlierVerdict(@ForAll("series") List<Double> sigmas) {
        List<Double> points = ExampleChart.points(toArray(sigmas));
        List<Violation> whole = NelsonRules.evaluate(points, ExampleChart.ZONES);

        for (int m = 0; m <= points.size(); m++) {
            int prefix = m;
            assertThat(NelsonRules.evaluate(points.subList(0, prefix), ExampleChart.ZONES))
                    .isEqualTo(whole.stream().filter(v -> v.index() < prefix).toList());
        }
    }

    @Provide
    Arbitrary<List<Double>> series() {
        return SeriesInSigmas.patterned();
    }

    static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
