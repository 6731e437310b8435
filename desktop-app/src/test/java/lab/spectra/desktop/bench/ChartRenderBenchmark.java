package lab.spectra.desktop.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import lab.spectra.desktop.runs.data.ChartSnapshot;
import lab.spectra.desktop.runs.data.Plot;

/**
 * How long the run chart takes to draw 100,000 points (goal: under 100 ms on the 2-core
 * machine): each round hands the chart the curve again and renders it into an image, which lays
 * it out, reduces the points to the pixels and paints them. Runs headless on Monocle's software
 * renderer unless a display is configured:
 * {@code mvn -q -pl desktop-app exec:java -Dexec.classpathScope=test -Dexec.mainClass=lab.spectra.desktop.bench.ChartRenderBenchmark}.
 */
public final class ChartRenderBenchmark {

    private static final int POINTS = 100_000;
    private static final int WARM_UP = 10;
    private static final int ROUNDS = 30;

    private ChartRenderBenchmark() {}

    public static void main(String[] args) throws Exception {
        headlessUnlessConfigured();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        CompletableFuture<long[]> timings = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                timings.complete(measure());
            } catch (RuntimeException e) {
                timings.completeExceptionally(e);
            }
        });
        long[] nanos = timings.get(5, TimeUnit.MINUTES);
        Arrays.sort(nanos);
        System.out.printf(
                Locale.ROOT,
                "Chart render of %,d points, %d rounds: median %.1f ms, best %.1f ms, worst %.1f ms%n",
                POINTS,
                ROUNDS,
                nanos[nanos.length / 2] / 1e6,
                nanos[0] / 1e6,
                nanos[nanos.length - 1] / 1e6);
        Platform.exit();
    }

    private static long[] measure() {
        ChartSnapshot snapshot = new ChartSnapshot(1000, 600);
        Plot plot = ChartSnapshot.diodeSweep(POINTS);
        for (int i = 0; i < WARM_UP; i++) {
            snapshot.render(plot);
        }
        long[] nanos = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            snapshot.render(plot);
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static void headlessUnlessConfigured() {
        if (System.getProperty("glass.platform") == null && System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
    }
}
