package lab.spectra.desktop.runs.data;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Secondary-electron images of gold nanoparticles on a carbon film, written by the test: a dark,
 * noisy support with bright round particles whose rims are brighter still (the edge effect), and a
 * little line-to-line jitter of the scan. Saved as PNG with the pixel size in its {@code pHYs}
 * chunk, or as TIFF with no pixel size at all, as a microscope exporting plain TIFF does.
 */
final class SemMicrographs {

    static final int WIDTH = 640;
    static final int HEIGHT = 480;

    private SemMicrographs() {}

    static BufferedImage goldOnCarbon(long seed) {
        Random random = new Random(seed);
        double[][] signal = new double[HEIGHT][WIDTH];
        for (int particle = 0; particle < 60; particle++) {
            double cx = random.nextDouble() * WIDTH;
            double cy = random.nextDouble() * HEIGHT;
            double radius = 6 + random.nextDouble() * 18;
            int left = (int) Math.max(0, cx - radius - 2);
            int right = (int) Math.min(WIDTH - 1, cx + radius + 2);
            int top = (int) Math.max(0, cy - radius - 2);
            int bottom = (int) Math.min(HEIGHT - 1, cy + radius + 2);
            for (int y = top; y <= bottom; y++) {
                for (int x = left; x <= right; x++) {
                    double r = Math.hypot(x - cx, y - cy) / radius;
                    if (r <= 1) {
                        signal[y][x] = Math.max(signal[y][x], 130 + 80 * Math.pow(r, 6));
                    }
                }
            }
        }
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < HEIGHT; y++) {
            double lineOffset = random.nextGaussian() * 3;
            for (int x = 0; x < WIDTH; x++) {
                double grey = (signal[y][x] > 0 ? signal[y][x] : 55) + lineOffset + random.nextGaussian() * 12;
                raster.setSample(x, y, 0, (int) Math.max(0, Math.min(255, Math.round(grey))));
            }
        }
        return image;
    }

    /** A PNG whose {@code pHYs} chunk says how many pixels make a metre. */
    static byte[] png(BufferedImage image, double metresPerPixel) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            IIOMetadata metadata = writer.getDefaultImageMetadata(
                    ImageTypeSpecifier.createFromRenderedImage(image), writer.getDefaultWriteParam());
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String perMetre = Long.toString(Math.round(1 / metresPerPixel));
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            metadata.mergeTree("javax_imageio_png_1.0", root);
            writer.setOutput(out);
            writer.write(new IIOImage(image, null, metadata));
            out.flush();
            return bytes.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        } finally {
            writer.dispose();
        }
    }

    /** A plain TIFF: no microscope tags, no resolution in centimetres. */
    static byte[] tiffWithoutPixelSize(BufferedImage image) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, "tiff", bytes)) {
                throw new IllegalStateException("No TIFF writer");
            }
            return bytes.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
