package lab.spectra.model.rundata.derived;

import static lab.spectra.model.rundata.derived.Derivation.refused;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.rundata.ImportedData;
import lab.spectra.model.rundata.Series;
import lab.spectra.model.rundata.Trace;
import lab.spectra.model.rundata.derived.Derivation.Reason;

/**
 * Position, full width at half maximum and height of one peak of a spectrum or diffractogram,
 * within an x window that holds that peak alone:
 *
 * <ol>
 *   <li>baseline: the straight line through the window's first and last points;
 *   <li>position and height: the vertex of the parabola through the highest point above the
 *       baseline and its two neighbours, so the position is not tied to the sampling grid;
 *   <li>FWHM: walking out from the highest point to where the signal first falls below half the
 *       height, the crossing on each side linearly interpolated between the two points around it.
 * </ol>
 *
 * The window must start and end on background: the signal must fall below half the height on
 * each side, and each end must lie at least one FWHM beyond that crossing. Otherwise the window
 * cuts into the peak or holds no resolved peak, and nothing is computed. Version 1 does not judge whether a peak stands out of the noise; the reviewer sees the
 * window on the chart.
 */
public final class PeakFwhm {

    public static final AlgorithmId ID = new AlgorithmId("peak-fwhm-interpolated", 1);

    /** A baseline, a vertex and two half-maximum crossings need at least this many points. */
    public static final int FEWEST_POINTS = 5;

    /**
     * How far, in widths of the peak, each end of the window must lie beyond its half-maximum
     * crossing: a Gaussian has fallen below 0.2 % of its height there, so the end is background
     * and the baseline through it is not lifted by the peak's flank.
     */
    static final double BACKGROUND_MARGIN = 1.0;

    private PeakFwhm() {}

    /**
     * Analyses {@code trace} of {@code series} between {@code fromX} and {@code toX} (inclusive,
     * either order, in the unit of the series' x axis).
     */
    public static Derivation compute(
            ImportedData.Curves curves, Series series, String trace, double fromX, double toX) {
        if (!Double.isFinite(fromX) || !Double.isFinite(toX) || fromX == toX) {
            return refused(Reason.INVALID_PARAMETER, "The window needs two different finite ends");
        }
        Optional<Trace> y = series.trace(trace);
        if (y.isEmpty()) {
            return refused(Reason.MISSING_TRACE, "The series has no trace named " + trace);
        }
        double low = Math.min(fromX, toX);
        double high = Math.max(fromX, toX);
        Window window = Window.of(series.x(), y.get(), low, high);
        if (window == null) {
            return refused(Reason.UNSORTED_DATA, "The x values in the window are not in order");
        }
        if (window.size() < FEWEST_POINTS) {
            return refused(
                    Reason.TOO_FEW_POINTS,
                    "Only " + window.size() + " points between " + low + " and " + high + "; at least " + FEWEST_POINTS
                            + " are needed");
        }
        int top = window.highestAboveBaseline();
        if (!(window.net(top) > window.roundingTolerance())) {
            return refused(Reason.NO_PEAK, "Nothing in the window rises above the baseline");
        }
        if (top == 0 || top == window.size() - 1) {
            return refused(
                    Reason.PEAK_NOT_RESOLVED,
                    "The highest point is at the window's edge; widen the window around the peak");
        }
        double[] vertex = window.vertex(top);
        double position = vertex[0];
        double height = vertex[1];
        double half = height / 2;
        double left = Double.NaN;
        for (int i = top; i > 1; i--) {
            if (window.net(i - 1) < half) {
                left = window.crossing(i - 1, i, half);
                break;
            }
        }
        double right = Double.NaN;
        for (int i = top; i < window.size() - 2; i++) {
            if (window.net(i + 1) < half) {
                right = window.crossing(i, i + 1, half);
                break;
            }
        }
        if (Double.isNaN(left) || Double.isNaN(right)) {
            return refused(
                    Reason.PEAK_NOT_RESOLVED,
                    "The signal does not fall to half the peak height on both sides within the window");
        }
        double width = right - left;
        if (left - window.first() < width * BACKGROUND_MARGIN || window.last() - right < width * BACKGROUND_MARGIN) {
            return refused(
                    Reason.PEAK_NOT_RESOLVED,
                    "The window ends on the flank of the peak; widen it to background on both sides");
        }
        String xUnit = series.x().axis().unit();
        ObjectNode inputs = JsonObjects.empty();
        inputs.put("window_from", low);
        inputs.put("window_to", high);
        inputs.put("x_unit", xUnit);
        inputs.put("baseline", "straight line through the window's end points");
        ObjectNode details = JsonObjects.empty();
        details.put("points_in_window", window.size());
        details.put("half_maximum_left", left);
        details.put("half_maximum_right", right);
        details.put("baseline_at_peak", window.baselineAt(position));
        Provenance provenance = Provenance.FromFile.of(curves, series, trace);
        return new Derivation.Computed(List.of(
                new DerivedResult("peak position", position, xUnit, ID, provenance, inputs, details),
                new DerivedResult("FWHM", right - left, xUnit, ID, provenance, inputs, details),
                new DerivedResult("peak height", height, y.get().axis().unit(), ID, provenance, inputs, details)));
    }

    /** The points of the window in increasing x, with the baseline through its end points. */
    private static final class Window {
        private final double[] x;
        private final double[] y;

        private Window(double[] x, double[] y) {
            this.x = x;
            this.y = y;
        }

        /** Null when the x values in the window are not monotonic. */
        static Window of(Trace xs, Trace ys, double low, double high) {
            int count = 0;
            for (int i = 0; i < xs.size(); i++) {
                if (xs.get(i) >= low && xs.get(i) <= high) {
                    count++;
                }
            }
            double[] x = new double[count];
            double[] y = new double[count];
            int next = 0;
            for (int i = 0; i < xs.size(); i++) {
                if (xs.get(i) >= low && xs.get(i) <= high) {
                    x[next] = xs.get(i);
                    y[next] = ys.get(i);
                    next++;
                }
            }
            if (count > 1 && x[0] > x[count - 1]) {
                reverse(x);
                reverse(y);
            }
            for (int i = 1; i < count; i++) {
                if (!(x[i] > x[i - 1])) {
                    return null;
                }
            }
            return new Window(x, y);
        }

        int size() {
            return x.length;
        }

        double first() {
            return x[0];
        }

        double last() {
            return x[x.length - 1];
        }

        /** Net heights this small are the rounding of a straight line, not a peak. */
        double roundingTolerance() {
            double largest = Arrays.stream(y).map(Math::abs).max().orElse(0);
            return largest * 1e-9;
        }

        double baselineAt(double at) {
            int last = x.length - 1;
            return y[0] + (y[last] - y[0]) * (at - x[0]) / (x[last] - x[0]);
        }

        double net(int i) {
            return y[i] - baselineAt(x[i]);
        }

        int highestAboveBaseline() {
            int top = 0;
            for (int i = 1; i < x.length; i++) {
                if (net(i) > net(top)) {
                    top = i;
                }
            }
            return top;
        }

        /** Vertex (x, net height) of the parabola through points top-1, top, top+1. */
        double[] vertex(int top) {
            double x0 = x[top - 1];
            double x1 = x[top];
            double x2 = x[top + 1];
            double y0 = net(top - 1);
            double y1 = net(top);
            double y2 = net(top + 1);
            // Newton's divided differences: p(x) = y0 + d01 (x - x0) + a (x - x0)(x - x1)
            double d01 = (y1 - y0) / (x1 - x0);
            double d12 = (y2 - y1) / (x2 - x1);
            double a = (d12 - d01) / (x2 - x0);
            if (!(a < 0)) {
                return new double[] {x1, y1};
            }
            double at = (x0 + x1) / 2 - d01 / (2 * a);
            double value = y0 + d01 * (at - x0) + a * (at - x0) * (at - x1);
            return new double[] {at, value};
        }

        /** Where the net signal crosses {@code level} between points i and j, linearly. */
        double crossing(int i, int j, double level) {
            double yi = net(i);
            double yj = net(j);
            return x[i] + (level - yi) * (x[j] - x[i]) / (yj - yi);
        }

        private static void reverse(double[] values) {
            for (int i = 0, j = values.length - 1; i < j; i++, j--) {
                double swap = values[i];
                values[i] = values[j];
                values[j] = swap;
            }
        }
    }
}
