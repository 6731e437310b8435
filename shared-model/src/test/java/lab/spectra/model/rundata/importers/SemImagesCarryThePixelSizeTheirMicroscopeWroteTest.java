package lab.spectra.model.rundata.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import lab.spectra.model.rundata.ContentHash;
import lab.spectra.model.rundata.ImportError;
import lab.spectra.model.rundata.ImportedData;
import lab.spectra.model.rundata.PixelSize;
import lab.spectra.model.rundata.Samples;
import org.junit.jupiter.api.Test;

class SemImagesCarryThePixelSizeTheirMicroscopeWroteTest {

    private final SemImageImporter fromFile = SemImageImporter.fromFileOnly();

    @Test
    void anFeiTiffGivesItsScanPixelWidthAndKeepsItsMetadata() {
        byte[] file = Samples.bytes("sem-zno-particles-fei.tif");

        ImportedData.SemImage image =
                (ImportedData.SemImage) fromFile.parse(file).orElseThrow();

        assertThat(image.parser()).hasToString("sem-image v1");
        assertThat(image.sourceSha256()).isEqualTo(ContentHash.sha256(file));
        assertThat(image.imageFormat()).isEqualTo("tiff");
        assertThat(image.widthPixels()).isEqualTo(64);
        assertThat(image.heightPixels()).isEqualTo(48);
        assertThat(image.pixelSize()).isEqualTo(PixelSize.square(9.765625e-9, PixelSize.Source.FEI_METADATA_TAG));
        assertThat(image.fieldWidthMetres()).isCloseTo(6.25e-7, within(1e-15));
        assertThat(image.metadata())
                .containsEntry("fei.EBeam.HV", "5000")
                .containsEntry("fei.Detectors.Name", "TLD")
                .containsEntry("software", "xT microscope Control")
                .containsEntry("pixel_size_source", "fei_metadata_tag");
    }

    @Test
    void aZeissTiffGivesItsImagePixelSizeLine() {
        byte[] file = new TinyTiff()
                .ascii(
                        SemImageImporter.ZEISS_METADATA_TAG,
                        "0\r\nAP_PIXEL_SIZE\r\nImage Pixel Size = 2.481 nm\r\n" + "AP_WD\r\nWD = 5.1 mm\r\n")
                .bytes();

        ImportedData.SemImage image =
                (ImportedData.SemImage) fromFile.parse(file).orElseThrow();

        assertThat(image.pixelSize().widthMetres()).isCloseTo(2.481e-9, within(1e-21));
        assertThat(image.pixelSize().source()).isEqualTo(PixelSize.Source.ZEISS_METADATA_TAG);
        assertThat(image.metadata()).containsEntry("zeiss.WD", "5.1 mm");
    }

    @Test
    void anImageJCalibrationGivesPixelsPerUnitOfItsUnit() {
        byte[] file = new TinyTiff()
                .ascii(270, "ImageJ=1.54f\nunit=micron\n")
                .resolution(50, 1, 1)
                .bytes();

        ImportedData.SemImage image =
                (ImportedData.SemImage) fromFile.parse(file).orElseThrow();

        assertThat(image.pixelSize().widthMetres()).isCloseTo(2e-8, within(1e-20));
        assertThat(image.pixelSize().source()).isEqualTo(PixelSize.Source.IMAGEJ_CALIBRATION);
    }

    @Test
    void tiffResolutionTagsInCentimetresGiveThePixelSize() {
        byte[] file = new TinyTiff().resolution(2_000_000, 1, 3).bytes();

        ImportedData.SemImage image =
                (ImportedData.SemImage) fromFile.parse(file).orElseThrow();

        assertThat(image.pixelSize().widthMetres()).isCloseTo(5e-9, within(1e-20));
        assertThat(image.pixelSize().source()).isEqualTo(PixelSize.Source.TIFF_RESOLUTION_TAGS);
    }

    @Test
    void aPrintResolutionIsNotTakenForAMicroscopeScaleSoThePixelSizeMustBeTypedIn() {
        byte[] file = new TinyTiff().resolution(72, 1, 2).bytes();

        ImportError error = Samples.error(fromFile.parse(file));

        assertThat(error.problem()).isEqualTo(ImportError.Problem.PIXEL_SIZE_REQUIRED);
        assertThat(error.code()).isEqualTo("pixel_size_required");
    }

    @Test
    void aTypedInPixelSizeIsUsedWhenTheFileHasNone() {
        byte[] file = new TinyTiff().bytes();

        ImportedData.SemImage image = (ImportedData.SemImage)
                SemImageImporter.withTypedInPixelSize(3.2e-9).parse(file).orElseThrow();

        assertThat(image.pixelSize()).isEqualTo(PixelSize.square(3.2e-9, PixelSize.Source.TYPED_IN));
        assertThat(image.metadata()).containsEntry("pixel_size_source", "typed_in");
    }

    @Test
    void theFilesOwnPixelSizeWinsOverATypedInOne() {
        byte[] file = Samples.bytes("sem-zno-particles-fei.tif");

        ImportedData.SemImage image = (ImportedData.SemImage)
                SemImageImporter.withTypedInPixelSize(1e-6).parse(file).orElseThrow();

        assertThat(image.pixelSize().source()).isEqualTo(PixelSize.Source.FEI_METADATA_TAG);
    }

    @Test
    void aPngGivesItsPhysChunkInPixelsPerMetre() throws IOException {
        ImportedData.SemImage image =
                (ImportedData.SemImage) fromFile.parse(png(500_000)).orElseThrow();

        assertThat(image.imageFormat()).isEqualTo("png");
        assertThat(image.pixelSize().widthMetres()).isCloseTo(2e-6, within(1e-18));
        assertThat(image.pixelSize().source()).isEqualTo(PixelSize.Source.PNG_PHYS_CHUNK);
    }

    @Test
    void aPngAt72DotsPerInchNeedsItsPixelSizeTypedIn() throws IOException {
        assertThat(Samples.error(fromFile.parse(png(2835))).problem())
                .isEqualTo(ImportError.Problem.PIXEL_SIZE_REQUIRED);
    }

    private static byte[] png(int pixelsPerMetre) throws IOException {
        BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_BYTE_GRAY);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", String.valueOf(pixelsPerMetre));
        phys.setAttribute("pixelsPerUnitYAxis", String.valueOf(pixelsPerMetre));
        phys.setAttribute("unitSpecifier", "meter");
        root.appendChild(phys);
        metadata.mergeTree("javax_imageio_png_1.0", root);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(new IIOImage(image, null, metadata));
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
