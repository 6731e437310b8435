package lab.spectra.desktop.runs.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.shape.Rectangle;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.rundata.ScaleBar;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A technician attaches an SEM micrograph to her run: the data tab shows the image in place of the
 * chart with a scale bar of a round length over it, from the pixel size the file carries; a plain
 * TIFF without one is attached all the same, and its bar appears once she types the pixel size.
 */
class AnSemImageShowsWithAScaleBarFromItsPixelSizeTest {

    /** 2 nm pixels: the 640-pixel-wide field is 1.28 µm, a fifth of it 256 nm, nearest round 200 nm. */
    private static final double PNG_METRES_PER_PIXEL = 2e-9;

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final SyncTestbed testbed = SyncTestbed.get();

    @TempDir
    Path folder;

    @Test
    @Timeout(90)
    void aPngWithItsPixelSizeShowsAsAnImageWithA200NmBar(FxRobot robot) throws IOException {
        Path png = folder.resolve("au-nanoparticles.png");
        Files.write(png, SemMicrographs.png(SemMicrographs.goldOnCarbon(7), PNG_METRES_PER_PIXEL));
        runningRunOffline(robot, "sem-png", png);

        robot.clickOn("#import-data-file");
        FxWindow.awaitUntil(() -> !text(robot, "#scale-bar-label").isEmpty());

        assertThat(text(robot, "#data-message")).isEqualTo("Imported au-nanoparticles.png");
        assertThat(robot.lookup("#sem-image").query().isVisible()).isTrue();
        assertThat(robot.lookup("#run-chart").query().isVisible()).isFalse();
        ImageView image = robot.lookup("#sem-image-view").queryAs(ImageView.class);
        assertThat(image.getImage().getWidth()).isEqualTo(SemMicrographs.WIDTH);
        assertThat(text(robot, "#scale-bar-label")).isEqualTo("200 nm");
        double fieldMetres = SemMicrographs.WIDTH * PNG_METRES_PER_PIXEL;
        assertThat(robot.lookup("#scale-bar").queryAs(Rectangle.class).getWidth())
                .isCloseTo(image.getFitWidth() * 200e-9 / fieldMetres, within(0.5));
        assertThat(robot.lookup("#pixel-size-row").query().isVisible()).isFalse();
        assertThat(text(robot, "#plot-status")).contains("640 × 480 pixels", "2.000 nm per pixel (from the file)");
    }

    @Test
    @Timeout(90)
    void aTiffWithoutAPixelSizeGetsItsBarOnceThePixelSizeIsTypedIn(FxRobot robot) throws IOException {
        Path tiff = folder.resolve("au-nanoparticles.tif");
        Files.write(tiff, SemMicrographs.tiffWithoutPixelSize(SemMicrographs.goldOnCarbon(11)));
        runningRunOffline(robot, "sem-tiff", tiff);

        robot.clickOn("#import-data-file");
        FxWindow.awaitUntil(() -> robot.lookup("#pixel-size-row").query().isVisible());

        assertThat(text(robot, "#data-message")).isEqualTo("Imported au-nanoparticles.tif");
        assertThat(robot.lookup("#sem-image-view").queryAs(ImageView.class).getImage())
                .isNotNull();
        assertThat(text(robot, "#scale-bar-label")).isEmpty();
        assertThat(robot.lookup("#scale-bar-label").query().getParent().isVisible())
                .isFalse();

        robot.clickOn("#pixel-size").write("2,5");
        robot.clickOn("#apply-pixel-size");
        FxWindow.awaitUntil(() -> !text(robot, "#scale-bar-label").isEmpty());

        // 640 pixels of 2.5 nm: a 1.6 µm field, a fifth of it 320 nm.
        assertThat(text(robot, "#scale-bar-label"))
                .isEqualTo(ScaleBar.fitting(2.5e-9, SemMicrographs.WIDTH).label())
                .isEqualTo("500 nm");
        assertThat(robot.lookup("#scale-bar-label").query().getParent().isVisible())
                .isTrue();
        assertThat(text(robot, "#plot-status")).contains("2.500 nm per pixel (typed in)");
    }

    /** A technician's bench with the network down, showing her run just started and selected. */
    private void runningRunOffline(FxRobot robot, String orgName, Path export) {
        ServerLab.Org org = testbed.newOrganization(orgName);
        testbed.lab.instrumentWithValidCalibration(org, "SEM-01", InstrumentKind.SEM);
        testbed.lab.approvedRecipe(org, "SE image", InstrumentKind.SEM);
        testbed.lab.sample(org, "AU-1");
        RunStartedOffline.on(window, testbed, org, robot, export);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
