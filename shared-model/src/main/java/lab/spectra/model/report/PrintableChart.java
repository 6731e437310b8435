package lab.spectra.model.report;

import java.util.Objects;
import lab.spectra.model.rundata.ImportedData;

/**
 * The chart of a run report: curves drawn as vector graphics from the importer's series, an image
 * (an SEM micrograph) with its scale, or the reason no chart is printed.
 */
public sealed interface PrintableChart {

    /**
     * A file's curves, one line per series (its first y trace, as the bench plots them).
     *
     * @param logarithmicY draw log10 |y| (an IV sweep's current spans decades); points at zero are
     *     left out then
     */
    record Curves(String fileName, ImportedData.Curves curves, boolean logarithmicY) implements PrintableChart {
        public Curves {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(curves, "curves");
        }
    }

    /**
     * An image file's pixels (PNG, or a TIFF the PDF library reads) with the physical width of the
     * imaged field, for a scale bar.
     *
     * @param fieldWidthMetres the width the whole image shows; 0 when unknown (no scale bar)
     */
    @SuppressWarnings("ArrayRecordComponent") // copied in and out; never compared, only printed
    record Picture(String fileName, byte[] content, double fieldWidthMetres) implements PrintableChart {
        public Picture {
            Objects.requireNonNull(fileName, "fileName");
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    /** No chart, and why, in words the reader of the report understands. */
    record NotShown(String reason) implements PrintableChart {
        public NotShown {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
