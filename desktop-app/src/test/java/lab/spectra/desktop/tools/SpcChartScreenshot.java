package lab.spectra.desktop.tools;

import atlantafx.base.theme.PrimerLight;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import lab.spectra.desktop.spc.ChartPng;
import lab.spectra.desktop.spc.ShiftedSeries;
import lab.spectra.desktop.spc.SpcController;
import lab.spectra.desktop.spc.SpcQueries;
import lab.spectra.desktop.spc.SpcViewModel;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.desktop.testing.WorkerThreadTaskRunner;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.testing.Lab;

/**
 * The README's picture of the SPC screen (1280x800): a threshold-voltage series shaped like the
 * demo's (20 baseline points, a calibration, a nine-point shift marked rule 2, one point beyond
 * 3 sigma marked rule 1) written into a bench's local copy and shown by the real screen. Only this
 * image is written:
 * {@code xvfb-run -a mvn -q -o -pl desktop-app exec:java -Dexec.classpathScope=test -Dexec.mainClass=lab.spectra.desktop.tools.SpcChartScreenshot -Dexec.args=$PWD/docs/screenshots}
 * (without a display it draws headless).
 */
public final class SpcChartScreenshot {

    static final String FILE = "19-spc-chart.png";

    private SpcChartScreenshot() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots").toAbsolutePath();
        Files.createDirectories(out);
        Headless.unlessThereIsADisplay();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Lab lab = new Lab();
        try (LocalCopy copy = LocalCopy.of(lab);
                WorkerThreadTaskRunner tasks = new WorkerThreadTaskRunner()) {
            ShiftedSeries shifted = ShiftedSeries.frozenIn(copy, lab);
            shifted.raiseTheAlertsTheServerWould(copy);
            WritableImage image = onFx(() -> {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                SpcViewModel model =
                        new SpcViewModel(new SpcQueries(copy), tasks, new LocalData(), run -> {}, ZoneOffset.UTC);
                SpcController controller =
                        new SpcController(model, (owner, suggested, kind, extension) -> Optional.empty());
                Scene scene = new Scene(Views.load(controller), 1280, 800);
                scene.getStylesheets()
                        .add(SpcChartScreenshot.class
                                .getResource("/lab/spectra/desktop/ui/app.css")
                                .toExternalForm());
                scene.getRoot().setStyle("-fx-padding: 16;");
                model.selectedSeriesProperty().set(shifted.series.id());
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                controller.spcChart().snapshot();
                scene.getRoot().layout();
                return scene.snapshot(null);
            });
            Path file = out.resolve(FILE);
            BufferedImage png = ChartPng.pixelsOf(image);
            ChartPng.write(png, file);
            System.out.println("Saved " + file.getFileName());
        }
        Platform.exit();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.call());
            } catch (Exception | AssertionError e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(60, TimeUnit.SECONDS);
    }

    /** Monocle's headless renderer where no display lets JavaFX open a window. */
    static final class Headless {
        private Headless() {}

        static void unlessThereIsADisplay() {
            if (System.getProperty("glass.platform") == null && System.getenv("DISPLAY") == null) {
                System.setProperty("glass.platform", "Monocle");
                System.setProperty("monocle.platform", "Headless");
                System.setProperty("prism.order", "sw");
            }
        }
    }
}
