package lab.spectra.desktop.runs.data;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.spectra.model.attachment.Attachment;
import lab.spectra.model.rundata.ImportedData;
import lab.spectra.model.rundata.derived.AlgorithmId;
import lab.spectra.model.rundata.derived.AnalysisWindow;
import lab.spectra.model.rundata.derived.StandardDerivations;
import lab.spectra.model.rundata.importers.ImportFormat;

/**
 * The method and the window a person chooses for the selected curve, part of the data tab's view
 * model: the algorithms that apply to the file's format, and the window's two ends as typed, in
 * the unit of the curve's x axis, filled with the chosen method's default window.
 */
public final class RunAnalysis {

    /**
     * A file's curves that algorithms can be run on again.
     *
     * @param lastMethod the method of the run's latest result derived from this file, offered first
     */
    record Curves(Attachment file, ImportFormat format, ImportedData.Curves data, Optional<AlgorithmId> lastMethod) {}

    private final ObservableList<AlgorithmId> methods = FXCollections.observableArrayList();
    private final ObjectProperty<AlgorithmId> method = new SimpleObjectProperty<>();
    private final StringProperty windowFrom = new SimpleStringProperty("");
    private final StringProperty windowTo = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper windowUnit = new ReadOnlyStringWrapper("");
    /** Null while the selected file has no curves. */
    private Curves curves;

    RunAnalysis() {
        method.addListener((observable, before, after) -> fillDefaultWindow());
    }

    /** The algorithms that apply to the selected file; empty for images and files without a method. */
    public ObservableList<AlgorithmId> methods() {
        return methods;
    }

    public ObjectProperty<AlgorithmId> method() {
        return method;
    }

    /** The window's first end, as typed, in {@link #windowUnit()}. */
    public StringProperty windowFrom() {
        return windowFrom;
    }

    public StringProperty windowTo() {
        return windowTo;
    }

    /** The unit of the selected curve's x axis, in which the window is typed. */
    public ReadOnlyStringProperty windowUnit() {
        return windowUnit.getReadOnlyProperty();
    }

    /** Offers the methods for {@code shown}, or none when it is null. */
    void show(Curves shown) {
        curves = shown;
        List<AlgorithmId> applicable = shown == null ? List.of() : StandardDerivations.methodsFor(shown.format());
        methods.setAll(applicable);
        windowUnit.set(shown == null ? "" : shown.data().first().x().axis().unit());
        AlgorithmId first = shown == null
                ? null
                : shown.lastMethod()
                        .filter(applicable::contains)
                        .orElse(applicable.isEmpty() ? null : applicable.get(0));
        if (first != null && first.equals(method.get())) {
            fillDefaultWindow();
        } else {
            method.set(first);
        }
    }

    Optional<Curves> curves() {
        return Optional.ofNullable(curves);
    }

    /** The typed window; empty unless both ends are numbers and differ. A decimal comma reads as a point. */
    Optional<AnalysisWindow> typedWindow() {
        return windowOf(windowFrom.get(), windowTo.get());
    }

    static Optional<AnalysisWindow> windowOf(String from, String to) {
        if (from == null || to == null) {
            return Optional.empty();
        }
        try {
            double low = Double.parseDouble(from.strip().replace(',', '.'));
            double high = Double.parseDouble(to.strip().replace(',', '.'));
            if (!Double.isFinite(low) || !Double.isFinite(high) || low == high) {
                return Optional.empty();
            }
            return Optional.of(new AnalysisWindow(low, high));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** A window end as a person would type it: six significant digits, no trailing zeros. */
    static String formatted(double value) {
        return new BigDecimal(String.format(Locale.ROOT, "%.6g", value))
                .stripTrailingZeros()
                .toPlainString();
    }

    private void fillDefaultWindow() {
        AlgorithmId chosen = method.get();
        Optional<AnalysisWindow> window = curves == null || chosen == null
                ? Optional.empty()
                : StandardDerivations.defaultWindow(chosen, curves.data().first());
        windowFrom.set(window.map(ends -> formatted(ends.low())).orElse(""));
        windowTo.set(window.map(ends -> formatted(ends.high())).orElse(""));
    }
}
