package lab.spectra.model.rundata;

import java.util.Objects;

/**
 * The physical size of one image pixel and where that number came from, so a scale bar can say
 * whether the microscope wrote it or a person typed it in.
 */
public record PixelSize(double widthMetres, double heightMetres, Source source) {

    /** Where a pixel size was read from. */
    public enum Source {
        /** Thermo Fisher / FEI private TIFF tag 34682, {@code [Scan] PixelWidth} in metres. */
        FEI_METADATA_TAG,
        /** Zeiss SmartSEM private TIFF tag 34118, {@code Image Pixel Size = 2.481 nm}. */
        ZEISS_METADATA_TAG,
        /** An ImageJ / Fiji calibration: {@code unit=} in the description, pixels per unit in XResolution. */
        IMAGEJ_CALIBRATION,
        /** TIFF XResolution/YResolution with ResolutionUnit centimetre. */
        TIFF_RESOLUTION_TAGS,
        /** PNG pHYs chunk in pixels per metre. */
        PNG_PHYS_CHUNK,
        /** Typed in by a person because the file carried none. */
        TYPED_IN
    }

    public PixelSize {
        Objects.requireNonNull(source, "source");
        if (!(widthMetres > 0 && Double.isFinite(widthMetres) && heightMetres > 0 && Double.isFinite(heightMetres))) {
            throw new IllegalArgumentException("A pixel size is a positive finite length");
        }
    }

    public static PixelSize square(double metres, Source source) {
        return new PixelSize(metres, metres, source);
    }
}
