package lab.spectra.model.rundata.derived;

import static lab.spectra.model.rundata.derived.Derivation.refused;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;
import lab.spectra.model.rundata.PointFlags;
import lab.spectra.model.rundata.Series;
import lab.spectra.model.rundata.Trace;
import lab.spectra.model.rundata.Units;
import lab.spectra.model.rundata.derived.Derivation.Reason;

/**
 * The least-squares line through an IV sweep's points whose voltage lies in a window, in volts
 * and amperes whatever units the file used. Points flagged as in compliance are left out: there
 * the current is the source's limit, not the device's answer. What the line means is the
 * algorithm's business; this class only picks and fits the points, the same way for each of them.
 */
final class IvWindowFit {

    sealed interface Outcome {}

    /** The fitted line and what went into it. */
    record Fitted(LineFit.Line line, int pointsUsed, int pointsInComplianceExcluded, double lowVolts, double highVolts)
            implements Outcome {}

    /** No line: the refusal the algorithm answers with. */
    record NotFitted(Derivation refusal) implements Outcome {}

    private IvWindowFit() {}

    /**
     * Fits {@code y(current in A)} against the voltage between {@code fromVolts} and {@code toVolts}
     * (inclusive, either order), or says in words why it cannot.
     *
     * @param window how the algorithm names its window in a refusal ("voltage", "gate-voltage")
     */
    static Outcome fit(
            Series series,
            double fromVolts,
            double toVolts,
            String window,
            DoubleUnaryOperator yOfAmps,
            int fewestPoints) {
        if (!Double.isFinite(fromVolts) || !Double.isFinite(toVolts) || fromVolts == toVolts) {
            return not(refused(Reason.INVALID_PARAMETER, "The " + window + " window needs two different finite ends"));
        }
        double low = Math.min(fromVolts, toVolts);
        double high = Math.max(fromVolts, toVolts);
        OptionalDouble voltsPerUnit = Units.factorTo(series.x().axis().unit(), "V");
        if (!series.x().axis().name().equals("voltage") || voltsPerUnit.isEmpty()) {
            return not(refused(
                    Reason.WRONG_UNIT, "The series' x axis is " + series.x().axis() + ", not a voltage"));
        }
        Optional<Trace> current = series.trace("current");
        if (current.isEmpty()) {
            return not(refused(Reason.MISSING_TRACE, "The series has no current trace"));
        }
        OptionalDouble ampsPerUnit = Units.factorTo(current.get().axis().unit(), "A");
        if (ampsPerUnit.isEmpty()) {
            return not(refused(
                    Reason.WRONG_UNIT,
                    "The current is in " + current.get().axis().unit() + ", not a unit of A"));
        }
        Optional<PointFlags> compliance = series.flag(PointFlags.COMPLIANCE);
        LineFit fit = new LineFit();
        int excluded = 0;
        for (int i = 0; i < series.size(); i++) {
            double volts = series.x().get(i) * voltsPerUnit.getAsDouble();
            if (volts < low || volts > high) {
                continue;
            }
            if (compliance.isPresent() && compliance.get().isSet(i)) {
                excluded++;
                continue;
            }
            fit.add(volts, yOfAmps.applyAsDouble(current.get().get(i) * ampsPerUnit.getAsDouble()));
        }
        if (fit.count() < fewestPoints) {
            return not(refused(
                    Reason.TOO_FEW_POINTS,
                    "Only " + fit.count() + " usable points between " + low + " V and " + high + " V (" + excluded
                            + " in compliance); at least " + fewestPoints + " are needed"));
        }
        return new Fitted(fit.line(), fit.count(), excluded, low, high);
    }

    private static Outcome not(Derivation refusal) {
        return new NotFitted(refusal);
    }
}
