package lab.spectra.desktop.runs.data;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.ui.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The chart drawn into an image (for reports and the self-test) holds the curve: the painting
 * ChartFX does in the pulse happens off screen too, on a linear and on a logarithmic axis.
 */
class TheChartDrawsAHundredThousandPointsOffScreenTest {

    @RegisterExtension
    final FxWindow window = new FxWindow();

    @Test
    void aDiodeSweepOfAHundredThousandPointsPaintsTheCurveOnBothAxes(FxRobot robot) {
        Plot sweep = ChartSnapshot.diodeSweep(100_000);
        WritableImage[] images = new WritableImage[2];
        robot.interact(() -> {
            // The app's theme: its larger font once left the first drawing with the curve off the image.
            Theme.styleControls();
            ChartSnapshot snapshot = new ChartSnapshot(800, 500);
            images[0] = snapshot.render(sweep);
            images[1] = snapshot.renderLogarithmic(sweep);
        });

        assertThat(curvePixels(images[0])).as("linear").isGreaterThan(300);
        assertThat(curvePixels(images[1])).as("logarithmic").isGreaterThan(300);
    }

    /** Pixels in the curve's colour: clearly blue, unlike the grey axes, grid and background. */
    private static int curvePixels(WritableImage image) {
        PixelReader pixels = image.getPixelReader();
        int count = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                Color colour = pixels.getColor(x, y);
                if (colour.getBlue() - Math.max(colour.getRed(), colour.getGreen()) > 0.3) {
                    count++;
                }
            }
        }
        return count;
    }
}
