package lab.spectra.model.rundata.importers;

import java.awt.Rectangle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFImageReadParam;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import lab.spectra.model.rundata.ContentHash;
import lab.spectra.model.rundata.ImportError;
import lab.spectra.model.rundata.ImportError.Problem;
import lab.spectra.model.rundata.ImportOutcome;
import lab.spectra.model.rundata.ImportedData;
import lab.spectra.model.rundata.Importer;
import lab.spectra.model.rundata.ParserId;
import lab.spectra.model.rundata.PixelSize;
import org.w3c.dom.Node;

/**
 * Describes an SEM image saved as TIFF or PNG: its size in pixels and the physical size of a
 * pixel, read with the JDK's own ImageIO. The pixel size is taken from the first of these the file
 * has: the FEI / Thermo Fisher metadata tag, the Zeiss SmartSEM tag, an ImageJ calibration, TIFF
 * resolution tags in centimetres, a PNG {@code pHYs} chunk in metres. A resolution that works out
 * to 20 µm or more per pixel is a print setting (72 or 300 dpi), not a microscope's scale, and is
 * ignored. When the file has no pixel size, the one typed in by a person is used; without either
 * the import fails with {@code pixel_size_required}, so the bench can ask for it.
 */
public final class SemImageImporter implements Importer {

    public static final ParserId ID = new ParserId("sem-image", 1);

    /** Thermo Fisher / FEI: INI-style text, {@code [Scan]} section, {@code PixelWidth} in metres. */
    static final int FEI_METADATA_TAG = 34682;
    /** Zeiss SmartSEM: text lines such as {@code Image Pixel Size = 2.481 nm}. */
    static final int ZEISS_METADATA_TAG = 34118;

    /** Larger pixels than this come from a print resolution, never from an SEM's field of view. */
    static final double LARGEST_SEM_PIXEL_METRES = 20e-6;

    private final Optional<PixelSize> typedIn;

    private SemImageImporter(Optional<PixelSize> typedIn) {
        this.typedIn = typedIn;
    }

    /** Reads the pixel size from the file only. */
    public static SemImageImporter fromFileOnly() {
        return new SemImageImporter(Optional.empty());
    }

    /** Uses {@code metresPerPixel} when the file carries no pixel size of its own. */
    public static SemImageImporter withTypedInPixelSize(double metresPerPixel) {
        return new SemImageImporter(Optional.of(PixelSize.square(metresPerPixel, PixelSize.Source.TYPED_IN)));
    }

    @Override
    public ParserId id() {
        return ID;
    }

    @Override
    public ImportOutcome parse(byte[] content) {
        try {
            return new ImportOutcome.Imported(read(content));
        } catch (MalformedFile problem) {
            return new ImportOutcome.Failed(
                    new ImportError(ID, problem.problem(), problem.getMessage(), problem.line()));
        }
    }

    private ImportedData.SemImage read(byte[] content) {
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw unreadable("This is not an image ImageIO can read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, false);
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                Map<String, String> metadata = new LinkedHashMap<>();
                Optional<PixelSize> fromFile;
                if (format.startsWith("tif")) {
                    format = "tiff";
                    fromFile = fromTiff(reader, metadata);
                } else if (format.equals("png")) {
                    fromFile = fromPng(reader.getImageMetadata(0));
                } else {
                    throw unreadable("SEM images are read as TIFF or PNG; this is " + reader.getFormatName());
                }
                PixelSize pixelSize = fromFile.or(() -> typedIn)
                        .orElseThrow(() -> new MalformedFile(
                                Problem.PIXEL_SIZE_REQUIRED,
                                0,
                                "The image carries no pixel size; type in the size of one pixel"));
                metadata.put("pixel_size_source", pixelSize.source().name().toLowerCase(Locale.ROOT));
                return new ImportedData.SemImage(
                        ID,
                        ContentHash.sha256(content),
                        format,
                        reader.getWidth(0),
                        reader.getHeight(0),
                        pixelSize,
                        metadata);
            } finally {
                reader.dispose();
            }
        } catch (MalformedFile problem) {
            throw problem;
        } catch (IOException | RuntimeException unreadable) {
            // ImageIO's decoders answer damaged bytes with any runtime exception; all mean "unreadable".
            throw unreadable("The image could not be read: " + unreadable.getMessage());
        }
    }

    /**
     * TIFF private tags are only kept when the reader is told to before it first reads the
     * metadata, and the param is only handed over with a read: decode a single pixel to pass it.
     */
    private static Optional<PixelSize> fromTiff(ImageReader reader, Map<String, String> metadata) throws IOException {
        TIFFImageReadParam param = (TIFFImageReadParam) reader.getDefaultReadParam();
        param.setReadUnknownTags(true);
        ((ImageReadParam) param).setSourceRegion(new Rectangle(0, 0, 1, 1));
        reader.read(0, param);
        TIFFDirectory directory = TIFFDirectory.createFromMetadata(reader.getImageMetadata(0));
        text(directory, BaselineTIFFTagSet.TAG_SOFTWARE).ifPresent(software -> metadata.put("software", software));
        Optional<PixelSize> fei = text(directory, FEI_METADATA_TAG).flatMap(ini -> FeiMetadata.read(ini, metadata));
        if (fei.isPresent()) {
            return fei;
        }
        Optional<PixelSize> zeiss =
                text(directory, ZEISS_METADATA_TAG).flatMap(lines -> ZeissMetadata.read(lines, metadata));
        if (zeiss.isPresent()) {
            return zeiss;
        }
        Optional<Double> xResolution = rational(directory, BaselineTIFFTagSet.TAG_X_RESOLUTION);
        Optional<Double> yResolution = rational(directory, BaselineTIFFTagSet.TAG_Y_RESOLUTION);
        if (xResolution.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> description = text(directory, BaselineTIFFTagSet.TAG_IMAGE_DESCRIPTION);
        Optional<Double> imageJUnit = description.flatMap(SemImageImporter::imageJUnitInMetres);
        if (imageJUnit.isPresent()) {
            return plausible(
                    imageJUnit.get() / xResolution.get(),
                    imageJUnit.get() / yResolution.orElse(xResolution.get()),
                    PixelSize.Source.IMAGEJ_CALIBRATION);
        }
        TIFFField unit = directory.getTIFFField(BaselineTIFFTagSet.TAG_RESOLUTION_UNIT);
        if (unit != null && unit.getAsInt(0) == BaselineTIFFTagSet.RESOLUTION_UNIT_CENTIMETER) {
            return plausible(
                    0.01 / xResolution.get(),
                    0.01 / yResolution.orElse(xResolution.get()),
                    PixelSize.Source.TIFF_RESOLUTION_TAGS);
        }
        return Optional.empty();
    }

    private static Optional<PixelSize> fromPng(IIOMetadata metadata) {
        Node root = metadata.getAsTree("javax_imageio_png_1.0");
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeName().equals("pHYs") && child instanceof IIOMetadataNode phys) {
                if (!"meter".equals(phys.getAttribute("unitSpecifier"))) {
                    return Optional.empty();
                }
                double perMetreX = Double.parseDouble(phys.getAttribute("pixelsPerUnitXAxis"));
                double perMetreY = Double.parseDouble(phys.getAttribute("pixelsPerUnitYAxis"));
                if (perMetreX <= 0 || perMetreY <= 0) {
                    return Optional.empty();
                }
                return plausible(1 / perMetreX, 1 / perMetreY, PixelSize.Source.PNG_PHYS_CHUNK);
            }
        }
        return Optional.empty();
    }

    /** ImageJ writes {@code unit=micron} (or nm, mm, {@code \u00B5m}) in its description and pixels per unit in XResolution. */
    private static Optional<Double> imageJUnitInMetres(String description) {
        if (!description.startsWith("ImageJ=")) {
            return Optional.empty();
        }
        return description
                .lines()
                .filter(line -> line.startsWith("unit="))
                .findFirst()
                .flatMap(line -> LengthUnits.metres(line.substring("unit=".length())));
    }

    private static Optional<PixelSize> plausible(double widthMetres, double heightMetres, PixelSize.Source source) {
        boolean finite = Double.isFinite(widthMetres) && Double.isFinite(heightMetres);
        if (!finite || widthMetres <= 0 || heightMetres <= 0 || widthMetres >= LARGEST_SEM_PIXEL_METRES) {
            return Optional.empty();
        }
        return Optional.of(new PixelSize(widthMetres, heightMetres, source));
    }

    private static Optional<String> text(TIFFDirectory directory, int tag) {
        TIFFField field = directory.getTIFFField(tag);
        if (field == null || field.getCount() == 0) {
            return Optional.empty();
        }
        if (field.getType() == TIFFTag.TIFF_ASCII) {
            return Optional.of(field.getAsString(0));
        }
        // Some microscopes write their text block as BYTE or UNDEFINED instead of ASCII.
        byte[] bytes = new byte[field.getCount()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) field.getAsInt(i);
        }
        return Optional.of(TextFile.asText(bytes).replace("\0", ""));
    }

    private static Optional<Double> rational(TIFFDirectory directory, int tag) {
        TIFFField field = directory.getTIFFField(tag);
        if (field == null || field.getCount() == 0) {
            return Optional.empty();
        }
        double value = field.getAsDouble(0);
        return value > 0 && Double.isFinite(value) ? Optional.of(value) : Optional.empty();
    }

    private static MalformedFile unreadable(String message) {
        return new MalformedFile(Problem.UNREADABLE_IMAGE, 0, message);
    }
}
