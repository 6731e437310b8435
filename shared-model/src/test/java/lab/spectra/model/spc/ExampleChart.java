package lab.spectra.model.spc;

import java.util.Arrays;
import java.util.List;

/**
 * A chart for the rule examples: centre line 10.0, sigma 0.5, points written as their distance
 * from the centre line in sigmas, so that a table row reads like the textbook's zone sketch.
 */
final class ExampleChart {

    static final ChartZones ZONES = new ChartZones(10.0, 0.5);

    private ExampleChart() {}

    /** The values of points lying the given numbers of sigma from the centre line. */
    static List<Double> points(double... sigmas) {
        return Arrays.stream(sigmas)
                .map(z -> ZONES.centre() + z * ZONES.sigma())
                .boxed()
                .toList();
    }

    /** {@code count} points all the same distance from the centre line. */
    static List<Double> repeated(int count, double sigmas) {
        double[] all = new double[count];
        Arrays.fill(all, sigmas);
        return points(all);
    }

    /** {@code count} points alternating between +amplitude and -amplitude, starting above. */
    static List<Double> alternating(int count, double amplitude) {
        double[] all = new double[count];
        for (int i = 0; i < count; i++) {
            all[i] = i % 2 == 0 ? amplitude : -amplitude;
        }
        return points(all);
    }

    /** Where the rule fires on the example chart. */
    static List<Integer> firings(NelsonRule rule, List<Double> points) {
        return rule.violations(points, ZONES).stream().map(Violation::index).toList();
    }
}
