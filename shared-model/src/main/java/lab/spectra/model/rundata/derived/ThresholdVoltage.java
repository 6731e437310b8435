package lab.spectra.model.rundata.derived;

import static lab.spectra.model.rundata.derived.Derivation.refused;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.rundata.ImportedData;
import lab.spectra.model.rundata.Series;
import lab.spectra.model.rundata.Trace;
import lab.spectra.model.rundata.derived.Derivation.Reason;

/**
 * Threshold voltage of a MOSFET from its transfer curve in saturation, by the square-root
 * extrapolation method: above threshold I_D = k·(V_GS − V_th)², so √|I_D| is a straight line in
 * V_GS that crosses zero at V_th. A least-squares line through √|I_D| over a gate-voltage window is
 * extrapolated to zero current. Points in compliance are left out.
 *
 * <p>Without a chosen window the method takes the strong-inversion part of the sweep: from the
 * largest √|I_D| back to where √|I_D| falls below half of it. There the square law holds and the
 * subthreshold tail, which bends the line, is excluded.
 */
public final class ThresholdVoltage {

    public static final AlgorithmId ID = new AlgorithmId("threshold-voltage-sqrt-extrapolation", 1);

    public static final int FEWEST_POINTS = 3;

    /** Where the automatic window starts, as a share of the largest √|I_D|. */
    static final double AUTOMATIC_WINDOW_SHARE = 0.5;

    private ThresholdVoltage() {}

    /** Fits √|I_D| between {@code fromVolts} and {@code toVolts} (inclusive, either order). */
    public static Derivation compute(ImportedData.Curves curves, Series series, double fromVolts, double toVolts) {
        IvWindowFit.Outcome fitted = IvWindowFit.fit(
                series, fromVolts, toVolts, "gate-voltage", amps -> Math.sqrt(Math.abs(amps)), FEWEST_POINTS);
        if (fitted instanceof IvWindowFit.NotFitted notFitted) {
            return notFitted.refusal();
        }
        IvWindowFit.Fitted fit = (IvWindowFit.Fitted) fitted;
        double low = fit.lowVolts();
        double high = fit.highVolts();
        int excluded = fit.pointsInComplianceExcluded();
        LineFit.Line line = fit.line();
        if (Double.isNaN(line.slope()) || line.slope() == 0) {
            return refused(Reason.NO_SLOPE, "The current does not rise with the gate voltage in the window");
        }
        double threshold = -line.intercept() / line.slope();
        if (!Double.isFinite(threshold)) {
            return refused(Reason.NO_SLOPE, "The line through the window does not reach zero current");
        }
        ObjectNode inputs = JsonObjects.empty();
        inputs.put("window_from_v", low);
        inputs.put("window_to_v", high);
        ObjectNode details = JsonObjects.empty();
        details.put("points_used", fit.pointsUsed());
        details.put("points_in_compliance_excluded", excluded);
        details.put("sqrt_current_slope_sqrt_a_per_v", line.slope());
        details.put("r_squared", line.rSquared());
        return new Derivation.Computed(List.of(new DerivedResult(
                "threshold voltage",
                threshold,
                "V",
                ID,
                Provenance.FromFile.of(curves, series, "current"),
                inputs,
                details)));
    }

    /**
     * The strong-inversion window of a sweep, in the unit of its x axis: from the largest √|I_D|
     * back along the sweep to the last point still at half of it or more. Empty when the series
     * has no current trace or fewer than {@link #FEWEST_POINTS} points qualify.
     */
    public static Optional<AnalysisWindow> automaticWindow(Series series) {
        Optional<Trace> current = series.trace("current");
        if (current.isEmpty() || series.size() < FEWEST_POINTS) {
            return Optional.empty();
        }
        Trace amps = current.get();
        int top = 0;
        for (int i = 1; i < amps.size(); i++) {
            if (Math.abs(amps.get(i)) > Math.abs(amps.get(top))) {
                top = i;
            }
        }
        double floor = Math.sqrt(Math.abs(amps.get(top))) * AUTOMATIC_WINDOW_SHARE;
        // Walk towards whichever end of the sweep lies further from the maximum: the rising side.
        int step = top >= amps.size() - 1 - top ? -1 : 1;
        int end = top;
        while (end + step >= 0 && end + step < amps.size() && Math.sqrt(Math.abs(amps.get(end + step))) >= floor) {
            end += step;
        }
        if (Math.abs(end - top) + 1 < FEWEST_POINTS) {
            return Optional.empty();
        }
        double from = series.x().get(end);
        double to = series.x().get(top);
        return from == to ? Optional.empty() : Optional.of(new AnalysisWindow(from, to));
    }
}
