package lab.spectra.model.spc;

import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates a series against the rules a series has switched on.
 *
 * <p>Design: the rules are pure, deterministic functions of the points in run order and the zones
 * (no clock, no state, no randomness, no I/O; Java 17 floating point is strict everywhere). The
 * bench computes provisional alerts offline and the server computes the authoritative ones with
 * this same code, so for the same points and limits both reach the same verdicts, and the server's
 * replace the bench's on the next pull without surprise. A verdict at a point depends only on that
 * point and the ones before it, so appending points never changes earlier verdicts.
 */
public final class NelsonRules {

    private NelsonRules() {}

    /**
     * Every violation of the selected rules, ordered by the completing point's position and then
     * by rule number.
     *
     * @param points the plotted values in run order (individual values, or subgroup means)
     * @param zones the centre line and sigma of the plotted statistic
     * @throws IllegalArgumentException if a point is missing or not a finite number
     */
    public static List<Violation> evaluate(List<Double> points, ChartZones zones, RuleSelection rules) {
        double[] x = finiteValues(points);
        List<Violation> found = new ArrayList<>();
        for (int end = 0; end < x.length; end++) {
            for (NelsonRule rule : rules.enabled()) {
                rule.violationEndingAt(x, end, zones).ifPresent(found::add);
            }
        }
        return List.copyOf(found);
    }

    /** Every violation of all eight rules. */
    public static List<Violation> evaluate(List<Double> points, ChartZones zones) {
        return evaluate(points, zones, RuleSelection.allNelsonRules());
    }

    static double[] finiteValues(List<Double> points) {
        double[] x = new double[points.size()];
        for (int i = 0; i < x.length; i++) {
            Double value = points.get(i);
            if (value == null || !Double.isFinite(value)) {
                throw new IllegalArgumentException("Point " + (i + 1) + " is not a finite number");
            }
            x[i] = value;
        }
        return x;
    }
}
