package lab.spectra.model.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Rule 1 fires at exactly the points more than 3 sigma from the centre line, wherever the chart is. */
class RuleOneFiresExactlyBeyondThreeSigmaTest {

    @Property
    void ruleOneFiresAtExactlyThePointsBeyondThreeSigma(
            @ForAll("sigmas") List<Double> sigmas,
            @ForAll("centres") double centre,
            @ForAll("zoneWidths") double sigma) {
        ChartZones zones = new ChartZones(centre, sigma);
        List<Double> points = sigmas.stream().map(z -> centre + z * sigma).toList();

        List<Integer> beyond = IntStream.range(0, sigmas.size())
                .filter(i -> Math.abs(sigmas.get(i)) > 3)
                .boxed()
                .toList();
        Statistics.label("some point beyond 3 sigma").collect(!beyond.isEmpty());
        Statistics.label("some point exactly at 3 sigma")
                .collect(sigmas.stream().anyMatch(z -> Math.abs(z) == 3));

        assertThat(NelsonRule.RULE_1.violations(points, zones))
                .extracting(Violation::index)
                .isEqualTo(beyond);
        Statistics.label("some point beyond 3 sigma")
                .coverage(c -> c.check(true).percentage(p -> p > 20));
        Statistics.label("some point exactly at 3 sigma")
                .coverage(c -> c.check(true).percentage(p -> p > 10));
    }

    /** Quarter sigmas within 5 sigma either side, 3 sigma itself included. */
    @Provide
    Arbitrary<List<Double>> sigmas() {
        return Arbitraries.integers().between(-20, 20).map(k -> k / 4.0).list().ofMaxSize(40);
    }

    /** Multiples of 1/8 up to +/- 1000, so that centre + z * sigma is exact in binary. */
    @Provide
    Arbitrary<Double> centres() {
        return Arbitraries.integers().between(-8000, 8000).map(k -> k / 8.0);
    }

    @Provide
    Arbitrary<Double> zoneWidths() {
        return Arbitraries.integers().between(1, 400).map(k -> k / 8.0);
    }
}
