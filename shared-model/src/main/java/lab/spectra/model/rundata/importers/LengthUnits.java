package lab.spectra.model.rundata.importers;

import java.util.Map;
import java.util.Optional;

/** Length units microscope software writes, in metres. */
final class LengthUnits {

    private static final Map<String, Double> METRES = Map.ofEntries(
            Map.entry("pm", 1e-12),
            Map.entry("nm", 1e-9),
            Map.entry("\u00b5m", 1e-6),
            Map.entry("\u03bcm", 1e-6),
            Map.entry("\\u00b5m", 1e-6),
            Map.entry("\\u00B5m", 1e-6),
            Map.entry("um", 1e-6),
            Map.entry("micron", 1e-6),
            Map.entry("microns", 1e-6),
            Map.entry("mm", 1e-3),
            Map.entry("cm", 1e-2),
            Map.entry("m", 1.0));

    private LengthUnits() {}

    static Optional<Double> metres(String unit) {
        return Optional.ofNullable(METRES.get(unit.strip()));
    }
}
