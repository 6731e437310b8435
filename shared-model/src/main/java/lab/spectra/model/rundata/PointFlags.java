package lab.spectra.model.rundata;

import java.util.BitSet;
import java.util.Objects;

/**
 * A yes/no mark per point of a series, e.g. {@code compliance}: the source meter hit its limit at
 * that point, so the reading is the limit and not the device's response. Immutable.
 */
public final class PointFlags {

    public static final String COMPLIANCE = "compliance";

    private final String name;
    private final int size;
    private final BitSet set;

    private PointFlags(String name, int size, BitSet set) {
        this.name = Objects.requireNonNull(name, "name");
        if (set.length() > size) {
            throw new IllegalArgumentException("Flag " + name + " marks a point beyond the series' " + size);
        }
        this.size = size;
        this.set = set;
    }

    public static PointFlags of(String name, boolean... flags) {
        BitSet set = new BitSet(flags.length);
        for (int i = 0; i < flags.length; i++) {
            set.set(i, flags[i]);
        }
        return new PointFlags(name, flags.length, set);
    }

    public String name() {
        return name;
    }

    public int size() {
        return size;
    }

    public boolean isSet(int index) {
        Objects.checkIndex(index, size);
        return set.get(index);
    }

    /** How many points carry the flag. */
    public int count() {
        return set.cardinality();
    }

    public boolean[] toArray() {
        boolean[] flags = new boolean[size];
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            flags[i] = true;
        }
        return flags;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PointFlags that && name.equals(that.name) && size == that.size && set.equals(that.set);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, size, set);
    }

    @Override
    public String toString() {
        return name + " (" + count() + " of " + size + " points)";
    }
}
