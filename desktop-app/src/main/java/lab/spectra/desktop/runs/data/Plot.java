package lab.spectra.desktop.runs.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import lab.spectra.model.rundata.ImportedData;
import lab.spectra.model.rundata.Series;
import lab.spectra.model.rundata.Trace;
import lab.spectra.model.rundata.importers.ImportFormat;

/**
 * Curves ready for the chart: one line per series (its first y trace), the axes' names with their
 * units, and whether a logarithmic |y| makes sense (an IV sweep spans decades of current).
 */
public record Plot(String xLabel, String yLabel, List<Line> lines, boolean currentOverVoltage) {

    /**
     * One curve: {@code x[i]} against {@code y[i]}. Hands its arrays to the chart without copying
     * (100,000 points are copied once, when parsed); nothing writes to them.
     */
    public static final class Line {
        private final String name;
        private final double[] x;
        private final double[] y;

        public Line(String name, double[] x, double[] y) {
            this.name = Objects.requireNonNull(name, "name");
            if (x.length != y.length) {
                throw new IllegalArgumentException(name + ": " + x.length + " x values but " + y.length + " y values");
            }
            this.x = x;
            this.y = y;
        }

        public String name() {
            return name;
        }

        double[] x() {
            return x;
        }

        double[] y() {
            return y;
        }

        public int size() {
            return x.length;
        }
    }

    public Plot {
        lines = List.copyOf(lines);
    }

    /** The curves of an import, each line named after the file and, when there are several, its series. */
    public static Plot of(String fileName, ImportFormat format, ImportedData.Curves curves) {
        List<Line> lines = new ArrayList<>();
        for (Series series : curves.series()) {
            Trace y = series.y().get(0);
            String name = curves.series().size() == 1 ? fileName : fileName + " · " + series.name();
            lines.add(new Line(name, series.x().toArray(), y.toArray()));
        }
        Series first = curves.first();
        return new Plot(label(first.x()), label(first.y().get(0)), lines, format == ImportFormat.KEITHLEY_SWEEP_CSV);
    }

    /** This plot with another's lines laid over it (the same sample's other runs). */
    public Plot overlaidWith(List<Plot> others) {
        List<Line> all = new ArrayList<>(lines);
        others.forEach(other -> all.addAll(other.lines));
        return new Plot(xLabel, yLabel, all, currentOverVoltage);
    }

    public int pointCount() {
        return lines.stream().mapToInt(Line::size).sum();
    }

    private static String label(Trace trace) {
        return trace.axis().name()
                + (trace.axis().unit().isEmpty() ? "" : " (" + trace.axis().unit() + ")");
    }
}
