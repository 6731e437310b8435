package lab.spectra.model.spc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import lab.spectra.model.spc.ChartZones.Side;

/**
 * The eight tests for special causes of L. S. Nelson ("The Shewhart Control Chart: Tests for
 * Special Causes", Journal of Quality Technology 16(4), 1984), in the wording most SPC software
 * uses. Each is written once here as a pure test of the window of points that ends at one point.
 *
 * <p>Shared conventions: sigma is one zone of the plotted statistic ({@link ChartZones#sigma()});
 * "beyond k sigma" means strictly more than k sigma from the centre line, "within 1 sigma" at most 1
 * sigma; a point exactly on the centre line is on neither side; "increasing" and "decreasing" are
 * strict, so two equal consecutive points break a trend and an alternation. A rule is only tested
 * once its window is full: nothing fires before the series has {@link #window()} points.
 *
 * <p>A violation is reported at the point that completes the pattern, and each point is reported
 * at most once per rule. For the run rules (2, 3, 4, 7, 8) every point that extends a run past the
 * window's length completes the pattern again and is reported too, as SPC charts mark them. For
 * the "k out of m" rules (5, 6) the reported point must itself be one of the k points, so a pattern
 * is not reported again at the ordinary points that follow it; the one exception is the series'
 * first full window, whose pattern is reported at its last point.
 */
public enum NelsonRule {
    /** One point more than 3 sigma from the centre line, on either side. Window: 1 point. */
    RULE_1(1, 1, "one point more than 3 sigma from the centre line") {
        @Override
        Optional<List<Integer>> patternEndingAt(double[] x, int end, ChartZones zones) {
            return zones.isBeyond(x[end], 3) ? Optional.of(List.of(end)) : Optional.empty();
        }
    },
    /**
     * Nine points in a row on the same side of the centre line (a shift of the mean). Window: 9
     * points, all strictly above or all strictly below.
     */
    RULE_2(2, 9, "nine points in a row on the same side of the centre line") {
        @Override
        Optional<List<Integer>> patternEndingAt(double[] x, int end, ChartZones zones) {
            Side side = zones.sideOf(x[end]);
            if (side == Side.ON_THE_LINE) {
                return Optional.empty();
            }
            return allInWindow(end, i -> zones.sideOf(x[i]) == side);
        }
    },
    /**
     * Six points in a row steadily increasing or steadily decreasing (a trend). Window: 6 points,
     * that is five consecutive rises or five consecutive falls.
     */
    RULE_3(3, 6, "six points in a row steadily increasing or decreasing") {
        @Override
        Optional<List<Integer>> patternEndingAt(double[] x, int end, ChartZones zones) {
            int start = firstIndex(end);
            int direction = Double.compare(x[start + 1], x[start]);
            if (direction == 0) {
                return Optional.empty();
            }
            return allInWindow(end, i -> i == start || Double.compare(x[i], x[i - 1]) == direction);
        }
    },
    /**
     * Fourteen points in a row alternating up and down (over-adjustment, two alternating
     * sources). Window: 14 points, whose 13 consecutive changes alternate in sign, none zero.
     */
    RULE_4(4, 14, "fourteen points in a row alternating up and down") {
        @Override
        Optional<List<Integer>> patternEndingAt(double[] x, int end, ChartZones zones) {
            int start = firstIndex(end);
            return allInWindow(end, i -> i < start + 2 || alternates(x[i - 2], x[i - 1], x[i]));
        }

        /** The change into {@code after} is the reverse of the change into {@code middle}, and neither is 0. */
        private boolean alternates(double before, double middle, double after) {
            int first = Double.compare(middle, before);
            int second = Double.compare(after, middle);
            return first != 0 && second == -first;
        }
    },
    /**
     * Two out of three points in a row more than 2 sigma from the centre line, on the same side
     * (a medium shift). Window: 3 points; points beyond 3 sigma count too.
     */
    RULE_5(5, 3, "two out of three points in a row more than 2 sigma from the centre line on the same side") {
        @Override
        Optional<List<Integer>> patternEndingAt(double[] x, int end, ChartZones zones) {
            return enoughBeyondOnOneSide(x, end, zones, 2, 2);
        }
    },
    /**
     * Four out of five points in a row more than 1 sigma from the centre line, on the same side (a
     * small shift). Window: 5 points; points beyond 2 or 3 sigma count too.
     */
    RULE_6(6, 5, "four out of five points in a row more than 1 sigma from the centre line on the same side") {
        @Override
        Optional<List<Integer>> patternEndingAt(double[] x, int end, ChartZones zones) {
            return enoughBeyondOnOneSide(x, end, zones, 1, 4);
        }
    },
    /**
     * Fifteen points in a row within 1 sigma of the centre line, on either side (stratification:
     * less spread than the limits assume). Window: 15 points, none more than 1 sigma away.
     */
    RULE_7(7, 15, "fifteen points in a row within 1 sigma of the centre line") {
        @Override
        Optional<List<Integer>> patternEndingAt(double[] x, int end, ChartZones zones) {
            return allInWindow(end, i -> !zones.isBeyond(x[i], 1));
        }
    },
    /**
     * Eight points in a row more than 1 sigma from the centre line, on either side (a mixture of
     * two processes). Window: 8 points, none within 1 sigma; they may lie on one side or on both.
     */
    RULE_8(8, 8, "eight points in a row more than 1 sigma from the centre line on either side") {
        @Override
        Optional<List<Integer>> patternEndingAt(double[] x, int end, ChartZones zones) {
            return allInWindow(end, i -> zones.isBeyond(x[i], 1));
        }
    };

    private final int number;
    private final int window;
    private final String description;

    NelsonRule(int number, int window, String description) {
        this.number = number;
        this.window = window;
        this.description = description;
    }

    /** Nelson's number, 1 to 8. */
    public int number() {
        return number;
    }

    /** How many consecutive points the rule looks at; it cannot fire on fewer. */
    public int window() {
        return window;
    }

    /** The rule in words, e.g. "nine points in a row on the same side of the centre line". */
    public String description() {
        return description;
    }

    /** The rule as a sentence, e.g. "Rule 2: nine points in a row on the same side of the centre line". */
    public String sentence() {
        return "Rule " + number + ": " + description;
    }

    /** The rule with this number. */
    public static NelsonRule numbered(int number) {
        return Arrays.stream(values())
                .filter(rule -> rule.number == number)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Nelson rules are numbered 1 to 8, not " + number));
    }

    /** Every violation of this rule in the points, in order, against the given zones. */
    public List<Violation> violations(List<Double> points, ChartZones zones) {
        double[] x = NelsonRules.finiteValues(points);
        List<Violation> found = new ArrayList<>();
        for (int end = 0; end < x.length; end++) {
            violationEndingAt(x, end, zones).ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    /** The violation completed by point {@code end}, if the window ending there holds the pattern. */
    Optional<Violation> violationEndingAt(double[] x, int end, ChartZones zones) {
        if (end < window - 1) {
            return Optional.empty();
        }
        return patternEndingAt(x, end, zones).map(involved -> new Violation(this, end, involved));
    }

    /**
     * The indices of the points forming this rule's pattern in the full window ending at {@code
     * end}, or empty when the window does not hold it. Called only when the window is full.
     */
    abstract Optional<List<Integer>> patternEndingAt(double[] x, int end, ChartZones zones);

    int firstIndex(int end) {
        return end - window + 1;
    }

    /** The whole window, when every point in it passes the test. */
    Optional<List<Integer>> allInWindow(int end, IntPredicate test) {
        int start = firstIndex(end);
        boolean all = IntStream.rangeClosed(start, end).allMatch(test);
        return all ? Optional.of(IntStream.rangeClosed(start, end).boxed().toList()) : Optional.empty();
    }

    /** At least {@code needed} points of the window beyond k sigma on one side, see the class note. */
    Optional<List<Integer>> enoughBeyondOnOneSide(double[] x, int end, ChartZones zones, int sigmas, int needed) {
        int start = firstIndex(end);
        for (Side side : List.of(Side.ABOVE, Side.BELOW)) {
            List<Integer> beyond = IntStream.rangeClosed(start, end)
                    .filter(i -> zones.isBeyondOn(side, x[i], sigmas))
                    .boxed()
                    .toList();
            boolean completedHere = start == 0 || zones.isBeyondOn(side, x[end], sigmas);
            if (beyond.size() >= needed && completedHere) {
                return Optional.of(beyond);
            }
        }
        return Optional.empty();
    }
}
