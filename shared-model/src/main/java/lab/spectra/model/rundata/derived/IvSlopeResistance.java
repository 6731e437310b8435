package lab.spectra.model.rundata.derived;

import static lab.spectra.model.rundata.derived.Derivation.refused;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.rundata.ImportedData;
import lab.spectra.model.rundata.Series;
import lab.spectra.model.rundata.derived.Derivation.Reason;

/**
 * Resistance from the slope of an IV sweep: an ordinary least-squares line I = G·V + I0 through
 * the points whose voltage lies in a stated window, and R = 1/G. Points flagged as in compliance
 * are left out, because there the current is the source's limit and not the device's answer. The
 * offset I0 is reported (a non-zero offset hints at a leakage path or an uncorrected zero) but does
 * not affect R.
 */
public final class IvSlopeResistance {

    public static final AlgorithmId ID = new AlgorithmId("iv-slope-resistance", 1);

    /** Two points always lie on a line; a third is the least that says anything about linearity. */
    public static final int FEWEST_POINTS = 3;

    private IvSlopeResistance() {}

    /**
     * Fits the sweep between {@code fromVolts} and {@code toVolts} (inclusive, either order).
     *
     * @param curves the import the series belongs to, for provenance
     */
    public static Derivation compute(ImportedData.Curves curves, Series series, double fromVolts, double toVolts) {
        IvWindowFit.Outcome fitted =
                IvWindowFit.fit(series, fromVolts, toVolts, "voltage", amps -> amps, FEWEST_POINTS);
        if (fitted instanceof IvWindowFit.NotFitted notFitted) {
            return notFitted.refusal();
        }
        IvWindowFit.Fitted fit = (IvWindowFit.Fitted) fitted;
        double low = fit.lowVolts();
        double high = fit.highVolts();
        int excluded = fit.pointsInComplianceExcluded();
        LineFit.Line line = fit.line();
        if (Double.isNaN(line.slope())) {
            return refused(Reason.NO_SLOPE, "All points in the window are at the same voltage");
        }
        if (line.slope() == 0 || !Double.isFinite(1 / line.slope())) {
            return refused(Reason.NO_SLOPE, "The current does not change with voltage in the window: an open circuit");
        }
        ObjectNode inputs = JsonObjects.empty();
        inputs.put("window_from_v", low);
        inputs.put("window_to_v", high);
        ObjectNode details = JsonObjects.empty();
        details.put("points_used", fit.pointsUsed());
        details.put("points_in_compliance_excluded", excluded);
        details.put("conductance_s", line.slope());
        details.put("offset_current_a", line.intercept());
        details.put("r_squared", line.rSquared());
        DerivedResult resistance = new DerivedResult(
                "resistance",
                1 / line.slope(),
                "\u03a9",
                ID,
                Provenance.FromFile.of(curves, series, "current"),
                inputs,
                details);
        return new Derivation.Computed(List.of(resistance));
    }
}
