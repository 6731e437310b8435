package lab.spectra.desktop.runs.data;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lab.spectra.model.report.RunReportParts;
import lab.spectra.model.run.Result;

/**
 * A result as the data tab lists it, with how it was obtained: the algorithm and its version for a
 * derived result (and the window, when a person chose it), {@code manual} for a number a person
 * typed in.
 */
public record ResultLine(String quantity, double value, String unit, String method) {

    public static final String MANUAL = RunReportParts.MANUAL;

    public static ResultLine of(Result result) {
        return new ResultLine(result.quantity(), result.value(), result.unit(), methodOf(result.payload()));
    }

    /** A result without a named algorithm was typed in, whether or not its payload says so (older rows). */
    static String methodOf(ObjectNode payload) {
        return RunReportParts.methodOf(payload);
    }
}
