package lab.spectra.desktop.runs.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javafx.scene.image.PixelReader;
import javax.imageio.ImageIO;
import lab.spectra.desktop.testing.FxWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * A greyscale SEM image is shown with the grey levels in the file, 16-bit ones scaled to 8: Java's
 * own conversion would treat grey as linear light and lift a dark support to mid-grey.
 */
class AnSemImageKeepsTheGreyLevelsItsDetectorWroteTest {

    @RegisterExtension
    final FxWindow window = new FxWindow();

    @Test
    void anEightBitGreyLevelIsShownAsWritten(FxRobot robot) throws IOException {
        BufferedImage dark = new BufferedImage(4, 2, BufferedImage.TYPE_BYTE_GRAY);
        dark.getRaster().setSample(0, 0, 0, 55);
        dark.getRaster().setSample(1, 0, 0, 200);

        PixelReader shown =
                SemPicture.decode(tiff(dark), Optional.empty()).image().getPixelReader();

        assertThat(shown.getArgb(0, 0)).isEqualTo(0xFF373737);
        assertThat(shown.getArgb(1, 0)).isEqualTo(0xFFC8C8C8);
        assertThat(shown.getArgb(2, 0)).isEqualTo(0xFF000000);
    }

    @Test
    void aSixteenBitGreyLevelIsScaledToEightBits(FxRobot robot) throws IOException {
        BufferedImage deep = new BufferedImage(2, 1, BufferedImage.TYPE_USHORT_GRAY);
        deep.getRaster().setSample(0, 0, 0, 65535);
        deep.getRaster().setSample(1, 0, 0, 0x3700 + 0x37);

        PixelReader shown =
                SemPicture.decode(tiff(deep), Optional.empty()).image().getPixelReader();

        assertThat(shown.getArgb(0, 0)).isEqualTo(0xFFFFFFFF);
        assertThat(shown.getArgb(1, 0)).isEqualTo(0xFF373737);
    }

    private static byte[] tiff(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, "tiff", bytes)).isTrue();
        return bytes.toByteArray();
    }
}
