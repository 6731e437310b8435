package lab.spectra.desktop.tools;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.robot.Robot;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javax.imageio.ImageIO;
import lab.spectra.desktop.app.DesktopAssembly;
import lab.spectra.desktop.app.DesktopSettings;
import lab.spectra.desktop.app.EmbeddedServer;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.shell.Section;
import lab.spectra.desktop.ui.FxTaskRunner;
import lab.spectra.desktop.ui.Theme;

/**
 * The dashboard and the runs screen of the built-in demo, filling a screen of one size and scale
 * (run under Xvfb with that screen and {@code -Dglass.gtk.uiScale}; see
 * {@code docs/screenshots/size-screenshots.sh}). The screen's own pixels are captured, so a scaled
 * screen shows scaled text. Writes each picture whole to the first folder and, at most 1600 px
 * wide, to the second.
 *
 * <p>Arguments: full-size folder, committed folder, name (e.g. {@code 1920x1080-125}).
 */
public final class SizeScreenshots {

    private static final int COMMITTED_WIDTH = 1600;

    private SizeScreenshots() {}

    public static void main(String[] args) throws Exception {
        Path full = Files.createDirectories(Path.of(args[0]).toAbsolutePath());
        Path committed = Files.createDirectories(Path.of(args[1]).toAbsolutePath());
        String name = args[2];
        Path data = Files.createTempDirectory("spectra-sizes-");
        FxTaskRunner tasks = new FxTaskRunner();
        DesktopAssembly assembly = DesktopAssembly.open(
                DesktopSettings.from(Map.of("SPECTRA_DATA_DIR", data.toString())), tasks, new EmbeddedServer());
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        Rectangle2D screen = Screenshots.onFx(() -> Screen.getPrimary().getBounds());
        Stage stage = Screenshots.onFx(() -> {
            Stage window = new Stage(StageStyle.UNDECORATED);
            window.setScene(new Scene(new Label("…"), screen.getWidth(), screen.getHeight()));
            Theme.apply(window.getScene());
            window.setX(screen.getMinX());
            window.setY(screen.getMinY());
            window.show();
            return window;
        });
        CompletableFuture<CurrentUser> tech = new CompletableFuture<>();
        Screenshots.onFx(() -> {
            stage.getScene().setRoot(assembly.loginView(tech::complete));
            return null;
        });
        Screenshots.settle();
        Screenshots.onFx(() -> {
            Screenshots.lookup(stage, "#demo-tech").ifPresent(link -> ((Hyperlink) link).fire());
            Screenshots.lookup(stage, "#sign-in").ifPresent(button -> ((Button) button).fire());
            return null;
        });
        CurrentUser technician = tech.get(60, TimeUnit.SECONDS);
        Screenshots.onFx(() -> {
            stage.getScene().setRoot(assembly.mainView(technician, () -> {}));
            return null;
        });
        Screenshots.settle();
        capture(screen, full, committed, name + "-dashboard.png");
        Screenshots.clickNavigation(stage, Section.RUNS);
        Screenshots.settle();
        Screenshots.onFx(() -> {
            Screenshots.lookup(stage, "#runs-table")
                    .ifPresent(
                            table -> ((TableView<?>) table).getSelectionModel().select(0));
            return null;
        });
        Screenshots.settle();
        capture(screen, full, committed, name + "-runs.png");
        Screenshots.onFx(() -> {
            stage.close();
            return null;
        });
        assembly.close();
        tasks.close();
        Platform.exit();
        System.exit(0);
    }

    /** The screen's own pixels (scaled when the screen is), then a copy at most 1600 px wide. */
    private static void capture(Rectangle2D screen, Path full, Path committed, String file) throws Exception {
        WritableImage pixels = Screenshots.onFx(() -> new Robot().getScreenCapture(null, screen, false));
        BufferedImage whole =
                new BufferedImage((int) pixels.getWidth(), (int) pixels.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < whole.getHeight(); y++) {
            for (int x = 0; x < whole.getWidth(); x++) {
                whole.setRGB(x, y, pixels.getPixelReader().getArgb(x, y));
            }
        }
        ImageIO.write(whole, "png", new File(full.resolve(file).toString()));
        int width = Math.min(COMMITTED_WIDTH, whole.getWidth());
        int height = (int) Math.round(whole.getHeight() * (width / (double) whole.getWidth()));
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = small.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.drawImage(whole, 0, 0, width, height, null);
        graphics.dispose();
        ImageIO.write(small, "png", new File(committed.resolve(file).toString()));
        System.out.println("Saved " + file + " (" + whole.getWidth() + "×" + whole.getHeight() + ")");
    }
}
