package lab.spectra.desktop.runs.data;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.UUID;
import lab.spectra.model.report.RunReportParts;
import lab.spectra.model.run.Result;

/**
 * A result as the data tab lists it, with how it was obtained: the algorithm and its version for a
 * derived result (and the window, when a person chose it), {@code manual} for a number a person
 * typed in.
 */
public record ResultLine(String quantity, double value, String unit, String method, String source) {

    public static final String MANUAL = RunReportParts.MANUAL;

    public static ResultLine of(Result result) {
        return of(result, Map.of());
    }

    /**
     * @param apiKeys the run's authors that are API keys, by account id: a result one of them
     *                recorded names it as its source ("from API key Keithley-2 (spk_…)")
     */
    public static ResultLine of(Result result, Map<UUID, String> apiKeys) {
        String key = apiKeys.get(result.recordedBy());
        return new ResultLine(
                result.quantity(),
                result.value(),
                result.unit(),
                methodOf(result.payload()),
                key == null ? "" : "from " + key);
    }

    /** The method, and where the number came from when instrument software sent it. */
    public String methodAndSource() {
        return source.isEmpty() ? method : method + ", " + source;
    }

    /** A result without a named algorithm was typed in, whether or not its payload says so (older rows). */
    static String methodOf(ObjectNode payload) {
        return RunReportParts.methodOf(payload);
    }
}
