package lab.spectra.model.rundata;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which parser read a file, and which version of it: {@code keithley-24xx-csv v1}. A parser whose
 * reading of the same bytes changes gets a new version, so a stored series always names the code
 * that produced it.
 */
public record ParserId(String name, int version) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ParserId {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A parser name is lower-case words joined by '-': " + name);
        }
        if (version < 1) {
            throw new IllegalArgumentException("A parser version starts at 1");
        }
    }

    @Override
    public String toString() {
        return name + " v" + version;
    }
}
