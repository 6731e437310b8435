package lab.spectra.model.rundata;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One curve (or several sharing an x axis): an IV sweep's current over voltage, a spectrum's
 * intensity over wavelength, an ellipsometry scan's Psi and Delta over wavelength at one angle.
 * Every trace and flag has one value per x point.
 *
 * @param name what distinguishes this series within its file ({@code sweep}, {@code aoi 65 deg})
 * @param metadata facts about this series alone (the angle of incidence); the file's header is on
 *     {@link ImportedData.Curves}
 */
public record Series(String name, Trace x, List<Trace> y, List<PointFlags> flags, Map<String, String> metadata) {

    public Series {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(x, "x");
        y = List.copyOf(y);
        flags = List.copyOf(flags);
        metadata = Metadata.copyOf(metadata);
        if (y.isEmpty()) {
            throw new IllegalArgumentException("Series " + name + " has no y trace");
        }
        Set<String> names = new HashSet<>();
        names.add(x.axis().name());
        for (Trace trace : y) {
            if (trace.size() != x.size()) {
                throw new IllegalArgumentException("Series " + name + ": " + trace.axis() + " has " + trace.size()
                        + " points, " + x.axis() + " has " + x.size());
            }
            if (!names.add(trace.axis().name())) {
                throw new IllegalArgumentException("Series " + name + " has two traces named "
                        + trace.axis().name());
            }
        }
        for (PointFlags flag : flags) {
            if (flag.size() != x.size()) {
                throw new IllegalArgumentException("Series " + name + ": flag " + flag.name() + " covers " + flag.size()
                        + " points, not " + x.size());
            }
        }
    }

    public static Series of(String name, Trace x, Trace... y) {
        return new Series(name, x, List.of(y), List.of(), Map.of());
    }

    public int size() {
        return x.size();
    }

    /** The y trace with this axis name. */
    public Optional<Trace> trace(String axisName) {
        return y.stream().filter(trace -> trace.axis().name().equals(axisName)).findFirst();
    }

    public Optional<PointFlags> flag(String flagName) {
        return flags.stream().filter(flag -> flag.name().equals(flagName)).findFirst();
    }
}
