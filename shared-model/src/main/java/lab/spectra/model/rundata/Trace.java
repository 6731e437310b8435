package lab.spectra.model.rundata;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.DoubleStream;

/**
 * One column of finite numbers on an {@link Axis}. Immutable: it keeps its own copy of the
 * values, so a parser's buffer or a caller's array can never change a stored series.
 */
public final class Trace {

    private final Axis axis;
    private final double[] values;

    private Trace(Axis axis, double[] values) {
        this.axis = Objects.requireNonNull(axis, "axis");
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(axis + " has a value that is not a finite number at point " + i);
            }
        }
        this.values = values;
    }

    public static Trace of(Axis axis, double... values) {
        return new Trace(axis, values.clone());
    }

    public Axis axis() {
        return axis;
    }

    public int size() {
        return values.length;
    }

    public double get(int index) {
        return values[index];
    }

    public double[] toArray() {
        return values.clone();
    }

    public DoubleStream stream() {
        return Arrays.stream(values);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Trace that && axis.equals(that.axis) && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return 31 * axis.hashCode() + Arrays.hashCode(values);
    }

    /** The axis and, for short traces, the values; a long trace shows its first few. */
    @Override
    public String toString() {
        int shown = Math.min(values.length, 8);
        String head = Arrays.toString(Arrays.copyOf(values, shown));
        return axis + " " + (shown < values.length ? head.replace("]", ", ...]") : head) + " (" + values.length
                + " points)";
    }
}
