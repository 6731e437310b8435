package lab.spectra.model.recipe;

import static lab.spectra.model.recipe.ParameterSpec.choice;
import static lab.spectra.model.recipe.ParameterSpec.integer;
import static lab.spectra.model.recipe.ParameterSpec.number;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lab.spectra.model.instrument.InstrumentKind;

/**
 * The parameters each kind of instrument knows, with units and ranges: what the bench's recipe
 * editor shows as typed fields, and what both sides check a recipe's parameters against. Keys a
 * kind does not know are free parameters, kept as written. Ranges are the instruments' physical
 * limits, wide on purpose: a lab's own limits belong in its SOPs.
 */
public final class RecipeParameterSchema {

    private static final Map<InstrumentKind, List<ParameterSpec>> BY_KIND = new EnumMap<>(InstrumentKind.class);

    static {
        BY_KIND.put(
                InstrumentKind.SMU,
                List.of(
                        number("start_v", "Start voltage", "V", -1000, 1000),
                        number("stop_v", "Stop voltage", "V", -1000, 1000),
                        number("step_v", "Step", "V", 1e-6, 100),
                        number("compliance_a", "Current compliance", "A", 1e-12, 10),
                        number("nplc", "Integration", "PLC", 0.001, 100).optional(),
                        choice("sweep_mode", "Sweep", "linear", "logarithmic", "dual")
                                .optional()));
        BY_KIND.put(
                InstrumentKind.SPECTROMETER,
                List.of(
                        number("wavelength_start_nm", "Range start", "nm", 100, 25000),
                        number("wavelength_stop_nm", "Range end", "nm", 100, 25000),
                        number("integration_time_ms", "Integration time", "ms", 0.001, 600000),
                        integer("averages", "Averages", "", 1, 10000).optional()));
        BY_KIND.put(
                InstrumentKind.ELLIPSOMETER,
                List.of(
                        choice("model", "Optical model", "Cauchy", "Sellmeier", "Tauc-Lorentz", "B-spline"),
                        number("angle_deg", "Angle of incidence", "°", 20, 90),
                        number("wavelength_start_nm", "Range start", "nm", 190, 2500)
                                .optional(),
                        number("wavelength_stop_nm", "Range end", "nm", 190, 2500)
                                .optional()));
        BY_KIND.put(
                InstrumentKind.XRD,
                List.of(
                        number("two_theta_start", "2θ start", "°", -10, 170),
                        number("two_theta_stop", "2θ end", "°", -10, 170),
                        number("step_deg", "Step", "°", 0.0001, 5),
                        number("time_per_step_s", "Time per step", "s", 0.001, 600)
                                .optional(),
                        number("voltage_kv", "Tube voltage", "kV", 1, 80).optional(),
                        number("current_ma", "Tube current", "mA", 1, 100).optional()));
        BY_KIND.put(
                InstrumentKind.SEM,
                List.of(
                        number("accelerating_voltage_kv", "Accelerating voltage", "kV", 0.01, 30),
                        integer("magnification", "Magnification", "×", 5, 2_000_000),
                        number("working_distance_mm", "Working distance", "mm", 0.5, 60)
                                .optional(),
                        choice("detector", "Detector", "SE", "BSE", "In-lens", "EDS")
                                .optional()));
        BY_KIND.put(
                InstrumentKind.AFM,
                List.of(
                        choice("mode", "Mode", "contact", "tapping", "non-contact"),
                        number("scan_size_um", "Scan size", "µm", 0.001, 200),
                        number("scan_rate_hz", "Scan rate", "Hz", 0.01, 100),
                        integer("resolution_px", "Resolution", "px", 16, 8192).optional()));
        BY_KIND.put(
                InstrumentKind.PROFILOMETER,
                List.of(
                        number("scan_length_um", "Scan length", "µm", 1, 500_000),
                        number("stylus_force_mg", "Stylus force", "mg", 0.01, 100),
                        number("speed_um_s", "Scan speed", "µm/s", 0.1, 100_000).optional()));
        BY_KIND.put(
                InstrumentKind.FOUR_POINT_PROBE,
                List.of(
                        number("current_ma", "Source current", "mA", 1e-6, 1000),
                        number("probe_spacing_mm", "Probe spacing", "mm", 0.1, 10)
                                .optional(),
                        integer("points", "Points per wafer", "", 1, 10_000).optional()));
        BY_KIND.put(
                InstrumentKind.HALL,
                List.of(
                        number("magnetic_field_t", "Magnetic field", "T", 0.001, 20),
                        number("current_ma", "Source current", "mA", 1e-6, 1000),
                        number("temperature_k", "Temperature", "K", 1, 1000).optional()));
        BY_KIND.put(InstrumentKind.OTHER, List.of());
    }

    private RecipeParameterSchema() {}

    /** The parameters the kind knows, in the order a form shows them; empty for {@code OTHER}. */
    public static List<ParameterSpec> forKind(InstrumentKind kind) {
        return BY_KIND.getOrDefault(kind, List.of());
    }

    public static Optional<ParameterSpec> spec(InstrumentKind kind, String key) {
        return forKind(kind).stream().filter(spec -> spec.key().equals(key)).findFirst();
    }

    /**
     * What is wrong with a recipe's parameters for its kind, one sentence each: known parameters of
     * the wrong type or out of range, a sweep that does not move, and (when {@code complete}, as
     * for a submission) required parameters missing. Free parameters are not judged.
     */
    public static List<String> problems(InstrumentKind kind, ObjectNode parameters, boolean complete) {
        List<String> problems = new ArrayList<>();
        for (ParameterSpec spec : forKind(kind)) {
            JsonNode value = parameters == null ? null : parameters.get(spec.key());
            if (value == null || value.isNull()) {
                if (complete && spec.required()) {
                    problems.add(spec.labelWithUnit() + " is required");
                }
                continue;
            }
            spec.problemWith(value).ifPresent(problems::add);
        }
        if (problems.isEmpty() && parameters != null) {
            rangeProblem(kind, parameters).ifPresent(problems::add);
        }
        return problems;
    }

    /** A sweep's end must differ from its start; a spectral range must go up. */
    private static Optional<String> rangeProblem(InstrumentKind kind, ObjectNode parameters) {
        return switch (kind) {
            case SMU -> sameEnds(parameters, "start_v", "stop_v", "The sweep's start and stop voltages are the same");
            case XRD -> increasing(parameters, "two_theta_start", "two_theta_stop", "2θ end must be above 2θ start");
            case SPECTROMETER, ELLIPSOMETER ->
                increasing(
                        parameters,
                        "wavelength_start_nm",
                        "wavelength_stop_nm",
                        "The range must end above where it starts");
            default -> Optional.empty();
        };
    }

    private static Optional<String> sameEnds(ObjectNode parameters, String start, String stop, String message) {
        JsonNode from = parameters.get(start);
        JsonNode to = parameters.get(stop);
        return from != null && to != null && from.isNumber() && to.isNumber() && from.asDouble() == to.asDouble()
                ? Optional.of(message)
                : Optional.empty();
    }

    private static Optional<String> increasing(ObjectNode parameters, String start, String stop, String message) {
        JsonNode from = parameters.get(start);
        JsonNode to = parameters.get(stop);
        return from != null && to != null && from.isNumber() && to.isNumber() && to.asDouble() <= from.asDouble()
                ? Optional.of(message)
                : Optional.empty();
    }
}
