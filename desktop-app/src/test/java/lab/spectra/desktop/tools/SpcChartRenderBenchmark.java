package lab.spectra.desktop.tools;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import lab.spectra.desktop.spc.DateRange;
import lab.spectra.desktop.spc.PointRow;
import lab.spectra.desktop.spc.SeriesHistory;
import lab.spectra.desktop.spc.SpcChart;
import lab.spectra.desktop.spc.SpcChartData;
import lab.spectra.model.spc.ChartMarker;
import lab.spectra.model.spc.ChartType;
import lab.spectra.model.spc.RuleNumbering;
import lab.spectra.model.spc.SpcPoint;
import lab.spectra.model.spc.SpcSeries;

/**
 * Measures the SPC chart on this machine: the time to work out a chart of 10,000 points (plotted
 * values and every Nelson rule, as the screen does on the FX thread after the read) and to build,
 * lay out and draw it into an image, the first time (a cold JVM and chart) and then the median of
 * the following runs. Run it after a test-compile with
 * {@code xvfb-run -a mvn -q -o -pl desktop-app exec:java -Dexec.classpathScope=test -Dexec.mainClass=lab.spectra.desktop.tools.SpcChartRenderBenchmark}
 * (without a display it draws headless); the first argument overrides the number of points, the
 * second the number of runs.
 */
public final class SpcChartRenderBenchmark {

    private SpcChartRenderBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        headlessUnlessThereIsADisplay();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        SeriesHistory history = history(count);

        double[] work = new double[runs];
        double[] draw = new double[runs];
        for (int run = 0; run < runs; run++) {
            CompletableFuture<double[]> timed = new CompletableFuture<>();
            Platform.runLater(() -> {
                long start = System.nanoTime();
                SpcChartData data = SpcChartData.of(history, DateRange.all(ZoneOffset.UTC));
                long worked = System.nanoTime();
                SpcChart chart = new SpcChart();
                new Scene(new StackPane(chart.chart()), 1280, 560);
                chart.show(data);
                chart.snapshot();
                long drawn = System.nanoTime();
                timed.complete(new double[] {(worked - start) / 1e6, (drawn - worked) / 1e6});
            });
            double[] millis = timed.get(120, TimeUnit.SECONDS);
            work[run] = millis[0];
            draw[run] = millis[1];
        }
        System.out.printf(
                Locale.ROOT,
                "SPC chart, %,d points: first run %.0f ms (rules %.0f ms + build, lay out, draw %.0f ms)%n",
                count,
                work[0] + draw[0],
                work[0],
                draw[0]);
        System.out.printf(
                Locale.ROOT,
                "SPC chart, %,d points: median of the next %d runs %.0f ms (rules %.0f ms + build, lay out, draw %.0f ms)%n",
                count,
                runs - 1,
                median(sum(work, draw)),
                median(work),
                median(draw));
        Platform.exit();
    }

    /** An individuals chart of a threshold voltage, a run an hour, with two shifts and a few far points. */
    private static SeriesHistory history(int count) {
        UUID organization = UUID.randomUUID();
        UUID instrument = UUID.randomUUID();
        Instant first = Instant.parse("2025-01-01T00:00:00Z");
        SpcSeries series = new SpcSeries(
                UUID.randomUUID(),
                organization,
                instrument,
                "threshold voltage",
                "V",
                0.42,
                0.39,
                0.45,
                first,
                first,
                null,
                1,
                "Threshold voltage",
                "IV sweep",
                null,
                ChartType.INDIVIDUALS_MOVING_RANGE,
                1,
                20,
                List.of(1, 2, 3, 4, 5, 6, 7, 8),
                RuleNumbering.NELSON,
                true,
                0.36,
                0.48,
                0.01,
                null,
                null);
        Random random = new Random(17);
        List<PointRow> points = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double shift = (i / 2_000) % 2 == 1 ? 0.012 : 0;
            double value = 0.42 + shift + 0.01 * random.nextGaussian();
            Instant at = first.plus(Duration.ofHours(i));
            UUID result = UUID.randomUUID();
            SpcPoint point = new SpcPoint(
                    SpcPoint.idFor(series.id(), result),
                    organization,
                    series.id(),
                    UUID.randomUUID(),
                    value,
                    at,
                    at.plusSeconds(300),
                    1,
                    result,
                    at.plusSeconds(120));
            points.add(new PointRow(point, "IV sweep", 1 + i / 3_000, "W-" + (i % 40), "Tess Technician"));
        }
        List<ChartMarker> markers = new ArrayList<>();
        for (int day = 30; day < count / 24; day += 90) {
            markers.add(new ChartMarker(
                    "calibration", first.plus(Duration.ofDays(day)), "Calibrated: certificate C-" + day));
        }
        return new SeriesHistory(series, points, List.of(), markers);
    }

    private static double[] sum(double[] a, double[] b) {
        double[] total = new double[a.length];
        Arrays.setAll(total, i -> a[i] + b[i]);
        return total;
    }

    /** The median of every run but the first. */
    private static double median(double[] values) {
        double[] rest = Arrays.copyOfRange(values, 1, values.length);
        Arrays.sort(rest);
        return rest.length % 2 == 1 ? rest[rest.length / 2] : (rest[rest.length / 2 - 1] + rest[rest.length / 2]) / 2;
    }

    /** Monocle's headless renderer where no display lets JavaFX open a window. */
    private static void headlessUnlessThereIsADisplay() {
        if (System.getProperty("glass.platform") == null && System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
    }
}
