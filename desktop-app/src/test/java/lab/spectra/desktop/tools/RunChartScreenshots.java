package lab.spectra.desktop.tools;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import lab.spectra.desktop.runs.data.ChartSnapshot;
import lab.spectra.desktop.runs.data.DataFileImport;
import lab.spectra.desktop.runs.data.Plot;
import lab.spectra.desktop.runs.data.SemImageSnapshot;
import lab.spectra.model.rundata.ImportedData;

/**
 * The README's pictures of a run's chart, drawn by the data tab's chart off screen: the sample
 * Keithley 2400 sweep of a resistor as imported, a diode's sweep on a logarithmic |current|, and an
 * SEM image of gold particles with its scale bar.
 * Only these images are written, so the other screenshots stay as they are:
 * {@code mvn -q -pl desktop-app exec:java -Dexec.classpathScope=test -Dexec.mainClass=lab.spectra.desktop.tools.RunChartScreenshots -Dexec.args=$PWD/docs/screenshots}.
 */
public final class RunChartScreenshots {

    private static final String SAMPLE_SWEEP = "/lab/spectra/desktop/runs/data/keithley-2400-resistor-sweep.csv";

    private RunChartScreenshots() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots").toAbsolutePath();
        Files.createDirectories(out);
        if (System.getProperty("glass.platform") == null && System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        Plot sweep = sampleSweep();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        CompletableFuture<WritableImage[]> drawn = new CompletableFuture<>();
        Platform.runLater(() -> {
            ChartSnapshot snapshot = new ChartSnapshot(1000, 560);
            drawn.complete(new WritableImage[] {
                snapshot.render(sweep),
                snapshot.renderLogarithmic(ChartSnapshot.diodeSweep(2_001)),
                SemImageSnapshot.goldOnCarbon(2e-9, 1000, 560)
            });
        });
        WritableImage[] images = drawn.get(60, TimeUnit.SECONDS);
        save(images[0], out.resolve("13-run-chart-iv-sweep.png"));
        save(images[1], out.resolve("14-run-chart-diode-log-current.png"));
        save(images[2], out.resolve("16-run-sem-image-scale-bar.png"));
        Platform.exit();
    }

    private static Plot sampleSweep() throws IOException {
        byte[] content;
        try (InputStream in = RunChartScreenshots.class.getResourceAsStream(SAMPLE_SWEEP)) {
            content = in.readAllBytes();
        }
        DataFileImport.Read read =
                (DataFileImport.Read) DataFileImport.read("keithley-2400-resistor-sweep.csv", content);
        return Plot.of("keithley-2400-resistor-sweep.csv", read.format(), (ImportedData.Curves) read.data());
    }

    private static void save(WritableImage image, Path file) throws IOException {
        BufferedImage png =
                new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(png, "png", file.toFile());
        System.out.println("Saved " + file.getFileName());
    }
}
