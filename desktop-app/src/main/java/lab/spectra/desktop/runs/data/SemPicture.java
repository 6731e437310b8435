package lab.spectra.desktop.runs.data;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import lab.spectra.model.rundata.PixelSize;

/**
 * An SEM image ready for the screen, with the size of one pixel when the file carries it. JavaFX
 * reads neither TIFF nor 16-bit greyscale, so the file is decoded by ImageIO and its pixels copied
 * into a JavaFX image; that is done off the JavaFX thread (a 4k image takes a moment).
 *
 * @param pixelSize from the file's tags; empty when a person has to type it in
 */
public record SemPicture(Image image, int widthPixels, int heightPixels, Optional<PixelSize> pixelSize) {

    public SemPicture {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(pixelSize, "pixel size");
    }

    /** Decodes a TIFF or PNG; {@code pixelSize} is what the SEM importer read from its tags. */
    static SemPicture decode(byte[] content, Optional<PixelSize> pixelSize) {
        BufferedImage decoded;
        try {
            decoded = ImageIO.read(new ByteArrayInputStream(content));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The image could not be decoded", unreadable);
        }
        if (decoded == null) {
            throw new IllegalArgumentException("The image is in a format this bench cannot decode");
        }
        int width = decoded.getWidth();
        int height = decoded.getHeight();
        WritableImage image = new WritableImage(width, height);
        int[] row = new int[width];
        boolean grey = decoded.getRaster().getNumBands() == 1 && !(decoded.getColorModel() instanceof IndexColorModel);
        for (int y = 0; y < height; y++) {
            if (grey) {
                greyRow(decoded.getRaster(), y, row);
            } else {
                // Palette and colour images: getRGB maps any colour model to sRGB ARGB.
                decoded.getRGB(0, y, width, 1, row, 0, width);
            }
            image.getPixelWriter().setPixels(0, y, width, 1, PixelFormat.getIntArgbInstance(), row, 0, width);
        }
        return new SemPicture(image, width, height, pixelSize);
    }

    /**
     * A detector's grey levels shown as written, scaled to 8 bits. Not through getRGB: Java treats
     * a grey raster as linear light and would brighten every dark level on its way to sRGB.
     */
    private static void greyRow(Raster raster, int y, int[] argb) {
        int bits = raster.getSampleModel().getSampleSize(0);
        double scale = 255.0 / ((1L << bits) - 1);
        int[] samples = raster.getSamples(0, y, argb.length, 1, 0, (int[]) null);
        for (int x = 0; x < argb.length; x++) {
            int level = (int) Math.round(samples[x] * scale);
            argb[x] = 0xFF000000 | level << 16 | level << 8 | level;
        }
    }

    SemPicture withPixelSize(PixelSize typedIn) {
        return new SemPicture(image, widthPixels, heightPixels, Optional.of(typedIn));
    }
}
