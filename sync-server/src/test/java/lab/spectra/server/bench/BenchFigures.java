package lab.spectra.server.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of the performance table, as each harness measures them: every driver records its
 * rows here, and the one benchmark command prints them side by side with their goals, floors and
 * ratios. A driver run alone still prints its own lines; it also appends its figures to the file
 * named by {@code -Dbench.figures=<path>} when that is set (one tab-separated figure per line), so
 * that drivers running in separate JVMs feed one table.
 */
public final class BenchFigures {

    /**
     * One measured figure.
     *
     * @param measure    what was measured, as the table names it
     * @param value      the figure
     * @param unit       its unit ("ms", "rows/s", "commands/s", "req/s", "MB")
     * @param goal       the goal in words ("≤ 2000 ms", "≥ 5000 commands/s"); empty when none
     * @param floorLabel what the figure is compared with ("COPY out of PostgreSQL"); empty when none
     * @param floorValue the floor's figure in the same unit, or {@code NaN} when none
     */
    public record Figure(String measure, double value, String unit, String goal, String floorLabel, double floorValue) {

        public static Figure of(String measure, double value, String unit, String goal) {
            return new Figure(measure, value, unit, goal, "", Double.NaN);
        }

        public Figure withFloor(String label, double floor) {
            return new Figure(measure, value, unit, goal, label, floor);
        }

        String toLine() {
            return String.join(
                    "\t",
                    clean(measure),
                    String.format(Locale.ROOT, "%.3f", value),
                    clean(unit),
                    clean(goal),
                    clean(floorLabel),
                    Double.isNaN(floorValue) ? "" : String.format(Locale.ROOT, "%.3f", floorValue));
        }

        static Figure fromLine(String line) {
            String[] parts = line.split("\t", -1);
            return new Figure(
                    parts[0],
                    Double.parseDouble(parts[1]),
                    parts[2],
                    parts[3],
                    parts[4],
                    parts[5].isEmpty() ? Double.NaN : Double.parseDouble(parts[5]));
        }

        private static String clean(String text) {
            return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ');
        }
    }

    private BenchFigures() {}

    /** Prints the figure and, when {@code bench.figures} names a file, appends it there. */
    public static synchronized void record(Figure figure) {
        System.out.printf(
                Locale.ROOT,
                "figure: %s = %.1f %s%s%n",
                figure.measure(),
                figure.value(),
                figure.unit(),
                Double.isNaN(figure.floorValue())
                        ? ""
                        : String.format(
                                Locale.ROOT,
                                " (floor: %s %.1f %s)",
                                figure.floorLabel(),
                                figure.floorValue(),
                                figure.unit()));
        String target = System.getProperty("bench.figures");
        if (target == null || target.isBlank()) {
            return;
        }
        try {
            Path path = Path.of(target);
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            Files.writeString(
                    path,
                    figure.toLine() + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every figure recorded in the file, in the order recorded. */
    public static List<Figure> read(Path file) {
        try {
            List<Figure> figures = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    figures.add(Figure.fromLine(line));
                }
            }
            return figures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
