package lab.spectra.desktop.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import lab.spectra.desktop.runs.data.ChartSnapshot;

/**
 * The self-test's chart: 100,000 points drawn by the run chart into a PNG, which proves the linked
 * image holds ChartFX and what it needs from the JDK. Where no display lets JavaFX start (a
 * build server), it says so and the rest of the self-test stands on its own.
 */
final class ChartSelfCheck {

    static final int POINTS = 100_000;

    /** What happened, in one line for the self-test's output. */
    sealed interface Outcome {
        String line();
    }

    record Drawn(Path image, double milliseconds) implements Outcome {
        @Override
        public String line() {
            return String.format(
                    java.util.Locale.ROOT, "Chart of %,d points drawn in %.0f ms (%s)", POINTS, milliseconds, image);
        }
    }

    record NoDisplay(String reason) implements Outcome {
        @Override
        public String line() {
            return "Chart not drawn: JavaFX cannot start here (" + reason + ")";
        }
    }

    private ChartSelfCheck() {}

    /**
     * @throws IllegalStateException when JavaFX started but the chart came out empty or failed
     */
    static Outcome draw(Path folder) throws IOException, InterruptedException {
        try {
            CompletableFuture<Void> started = new CompletableFuture<>();
            Platform.startup(() -> started.complete(null));
            started.get(30, TimeUnit.SECONDS);
        } catch (IllegalStateException alreadyRunning) {
            // The toolkit is up already (the app itself, or a test JVM): use it.
        } catch (UnsupportedOperationException | ExecutionException | TimeoutException noDisplay) {
            return new NoDisplay(String.valueOf(noDisplay.getMessage()));
        }
        CompletableFuture<WritableImage> drawn = new CompletableFuture<>();
        long start = System.nanoTime();
        Platform.runLater(() -> {
            try {
                drawn.complete(new ChartSnapshot(1000, 600).renderLogarithmic(ChartSnapshot.diodeSweep(POINTS)));
            } catch (RuntimeException e) {
                drawn.completeExceptionally(e);
            }
        });
        WritableImage image;
        try {
            image = drawn.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the chart could not be drawn: " + e, e);
        }
        double milliseconds = (System.nanoTime() - start) / 1e6;
        BufferedImage png =
                new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        int background = pixels.getArgb(0, 0);
        int painted = 0;
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                int argb = pixels.getArgb(x, y);
                png.setRGB(x, y, argb);
                if (argb != background) {
                    painted++;
                }
            }
        }
        if (painted == 0) {
            throw new IllegalStateException("the chart came out empty");
        }
        Path file = folder.resolve("self-test-chart.png");
        ImageIO.write(png, "png", file.toFile());
        return new Drawn(file, milliseconds);
    }
}
