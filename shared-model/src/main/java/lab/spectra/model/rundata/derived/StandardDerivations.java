package lab.spectra.model.rundata.derived;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import lab.spectra.model.rundata.ImportedData;
import lab.spectra.model.rundata.Series;
import lab.spectra.model.rundata.Units;
import lab.spectra.model.rundata.importers.ImportFormat;

/**
 * Which algorithms apply to which export, and how each is run on a file's first series over a
 * window a person chose or, without one, over its default: the whole sweep for an IV slope, the
 * whole curve around its highest peak for a peak, the strong-inversion part for a threshold. Every
 * result records in its inputs whether its window was {@code chosen} or the method's default, next
 * to the window itself, so the number can be traced and computed again.
 */
public final class StandardDerivations {

    /** The input naming how the window was set: {@link #CHOSEN} or {@link #DEFAULT}. */
    public static final String WINDOW_INPUT = "window_set_by";

    public static final String CHOSEN = "chosen";
    public static final String DEFAULT = "default";

    private StandardDerivations() {}

    /** The algorithms that apply to a format, the one computed at import first. */
    public static List<AlgorithmId> methodsFor(ImportFormat format) {
        return switch (format) {
            case KEITHLEY_SWEEP_CSV -> List.of(IvSlopeResistance.ID, ThresholdVoltage.ID);
            case OCEAN_SPECTRUM_TEXT, XRD_XY, RIGAKU_RAS -> List.of(PeakFwhm.ID);
            default -> List.of(); // Ellipsometry is fitted to a model elsewhere; images and tables have no method.
        };
    }

    /** What is computed when a file is imported: its format's first method over its default window. */
    public static List<DerivedResult> atImport(ImportFormat format, ImportedData data) {
        List<AlgorithmId> methods = methodsFor(format);
        if (methods.isEmpty() || !(data instanceof ImportedData.Curves curves)) {
            return List.of();
        }
        return derive(methods.get(0), curves, Optional.empty()) instanceof Derivation.Computed computed
                ? computed.results()
                : List.of();
    }

    /**
     * Runs {@code method} on the file's first series over {@code window} (in the unit of its x
     * axis), or over the method's default window when none is given.
     */
    public static Derivation derive(AlgorithmId method, ImportedData.Curves curves, Optional<AnalysisWindow> window) {
        Series series = curves.first();
        Optional<AnalysisWindow> used = window.or(() -> defaultWindow(method, series));
        if (used.isEmpty()) {
            return Derivation.refused(
                    Derivation.Reason.TOO_FEW_POINTS, "The curve has no part this method can be applied to");
        }
        double from = used.get().low();
        double to = used.get().high();
        Derivation derivation;
        if (method.equals(IvSlopeResistance.ID) || method.equals(ThresholdVoltage.ID)) {
            OptionalDouble voltsPerUnit = Units.factorTo(series.x().axis().unit(), "V");
            if (voltsPerUnit.isEmpty()) {
                return Derivation.refused(
                        Derivation.Reason.WRONG_UNIT,
                        "The series' x axis is " + series.x().axis() + ", not a voltage");
            }
            double volts = voltsPerUnit.getAsDouble();
            derivation = method.equals(IvSlopeResistance.ID)
                    ? IvSlopeResistance.compute(curves, series, from * volts, to * volts)
                    : ThresholdVoltage.compute(curves, series, from * volts, to * volts);
        } else if (method.equals(PeakFwhm.ID)) {
            derivation =
                    PeakFwhm.compute(curves, series, series.y().get(0).axis().name(), from, to);
        } else {
            return Derivation.refused(Derivation.Reason.INVALID_PARAMETER, "No such method here: " + method);
        }
        if (derivation instanceof Derivation.Computed computed) {
            String setBy = window.isPresent() ? CHOSEN : DEFAULT;
            return new Derivation.Computed(computed.results().stream()
                    .map(result -> result.withInput(WINDOW_INPUT, setBy))
                    .toList());
        }
        return derivation;
    }

    /** The window a method takes when nobody chose one, in the unit of the series' x axis. */
    public static Optional<AnalysisWindow> defaultWindow(AlgorithmId method, Series series) {
        if (method.equals(ThresholdVoltage.ID)) {
            return ThresholdVoltage.automaticWindow(series);
        }
        double low = series.x().stream().min().orElse(0);
        double high = series.x().stream().max().orElse(0);
        return low < high ? Optional.of(new AnalysisWindow(low, high)) : Optional.empty();
    }
}
