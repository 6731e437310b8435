package lab.spectra.model.rundata.importers;

import java.util.Arrays;

/** A growing column of doubles, so parsing a 100,000-point file does not box every value. */
final class DoubleColumn {

    private double[] values = new double[256];
    private int size;

    void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
