package lab.spectra.server.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints the performance table from the figures the harnesses recorded (see {@link BenchFigures}):
 * each figure beside the figure issue 19 started from, its goal and whether it is met, and its floor
 * with the ratio between the two. Run by {@code bench/performance.sh} after the harnesses; not a
 * test.
 */
public final class PerformanceTable {

    /** What each measure stood at when the performance work began (issue 19, main before it). */
    private static final Map<String, String> BEFORE = Map.ofEntries(
            Map.entry("Initial pull of 100,006 rows, fresh bench", "5,900 ms"),
            Map.entry("Initial pull rate", "16,900 rows/s"),
            Map.entry("Push of 5,000 offline commands over HTTP", "498 commands/s"),
            Map.entry("GET /api/lims/samples?limit=100, first page, 50 connections", "~1,000 req/s"),
            Map.entry("GET /api/lims/samples?limit=100, deep keyset page, 50 connections", "~1,000 req/s"),
            Map.entry("GET /api/lims/samples?limit=100, filtered page, 50 connections", "~1,000 req/s"),
            Map.entry("GET /api/lims/samples?limit=100, first page, 50 connections p99", "117-157 ms"),
            Map.entry("GET /api/lims/samples?limit=100, deep keyset page, 50 connections p99", "117-157 ms"),
            Map.entry("GET /api/lims/samples?limit=100, filtered page, 50 connections p99", "117-157 ms"),
            Map.entry("/auth/me, 50 connections", "1,370 req/s"),
            Map.entry("Change on one bench visible on another, p50", "up to 30,000 ms"),
            Map.entry("Change on one bench visible on another, p99", "up to 30,000 ms"),
            Map.entry("Cold start to the sign-in window, AppCDS", "990 ms"),
            Map.entry("Bench with 100,000 samples: open Samples", "not measured"),
            Map.entry("Bench with 100,000 samples: filter a keystroke", "not measured"),
            Map.entry("Bench with 100,000 samples: RSS", "not measured"));

    private static final Pattern GOAL = Pattern.compile("([<>≤≥]=?)\\s*([0-9][0-9,.]*)");

    private PerformanceTable() {}

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "target/bench/figures.tsv");
        List<BenchFigures.Figure> figures = BenchFigures.read(file);
        String format = "%-72s %16s %16s %20s %-4s %-44s %14s %8s%n";
        System.out.printf(
                Locale.ROOT, format, "measure", "before", "now", "goal", "met", "floor", "floor value", "ratio");
        for (BenchFigures.Figure figure : figures) {
            boolean hasFloor = !Double.isNaN(figure.floorValue());
            System.out.printf(
                    Locale.ROOT,
                    format,
                    figure.measure(),
                    before(figure.measure()),
                    String.format(Locale.ROOT, "%,.1f %s", figure.value(), figure.unit()),
                    figure.goal(),
                    met(figure).orElse(""),
                    figure.floorLabel(),
                    hasFloor ? String.format(Locale.ROOT, "%,.1f %s", figure.floorValue(), figure.unit()) : "",
                    hasFloor && figure.floorValue() != 0
                            ? String.format(Locale.ROOT, "%.2f", figure.value() / figure.floorValue())
                            : "");
        }
    }

    /** The figure a measure started from, whatever the sizes written into its name. */
    static String before(String measure) {
        return BEFORE.entrySet().stream()
                .filter(entry -> shape(entry.getKey()).equals(shape(measure)))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("");
    }

    private static String shape(String measure) {
        return measure.replaceAll("[0-9][0-9,]*", "N");
    }

    /** "yes" or "NO" when the goal reads like "< 30 ms" or "≥ 5000 req/s"; empty otherwise. */
    static Optional<String> met(BenchFigures.Figure figure) {
        Matcher goal = GOAL.matcher(figure.goal());
        if (!goal.find()) {
            return Optional.empty();
        }
        double bound = Double.parseDouble(goal.group(2).replace(",", ""));
        double value = figure.value();
        boolean met =
                switch (goal.group(1)) {
                    case "<" -> value < bound;
                    case "≤", "<=" -> value <= bound;
                    case ">" -> value > bound;
                    default -> value >= bound;
                };
        return Optional.of(met ? "yes" : "NO");
    }
}
