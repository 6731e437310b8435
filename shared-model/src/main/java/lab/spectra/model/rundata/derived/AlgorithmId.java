package lab.spectra.model.rundata.derived;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named, versioned method of computing a result from data: {@code iv-slope-resistance v1}. Any
 * change that could change a number gets a new version; the old version's results keep naming the
 * method that produced them.
 */
public record AlgorithmId(String name, int version) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public AlgorithmId {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("An algorithm name is lower-case words joined by '-': " + name);
        }
        if (version < 1) {
            throw new IllegalArgumentException("An algorithm version starts at 1");
        }
    }

    @Override
    public String toString() {
        return name + " v" + version;
    }
}
