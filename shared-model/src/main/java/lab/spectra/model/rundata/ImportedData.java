package lab.spectra.model.rundata;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a parser made of a file. Each carries the parser that read it and the SHA-256 of the exact
 * bytes read, so anything computed from it can name its raw file and method.
 */
public sealed interface ImportedData {

    ParserId parser();

    /** Lower-case hex SHA-256 of the bytes the parser read: the attachment's content address. */
    String sourceSha256();

    Map<String, String> metadata();

    /** Curves: IV sweeps, spectra, ellipsometry scans, diffractograms. */
    record Curves(ParserId parser, String sourceSha256, List<Series> series, Map<String, String> metadata)
            implements ImportedData {

        public Curves {
            Objects.requireNonNull(parser, "parser");
            ContentHash.requireSha256(sourceSha256);
            series = List.copyOf(series);
            metadata = Metadata.copyOf(metadata);
            if (series.isEmpty()) {
                throw new IllegalArgumentException("An import yields at least one series");
            }
        }

        /** The first series: most files hold exactly one. */
        public Series first() {
            return series.get(0);
        }
    }

    /**
     * An SEM image's description: its size and the physical size of one pixel, for a scale bar and
     * for measuring features. The pixels themselves stay in the attachment.
     *
     * @param imageFormat {@code tiff} or {@code png}
     */
    record SemImage(
            ParserId parser,
            String sourceSha256,
            String imageFormat,
            int widthPixels,
            int heightPixels,
            PixelSize pixelSize,
            Map<String, String> metadata)
            implements ImportedData {

        public SemImage {
            Objects.requireNonNull(parser, "parser");
            ContentHash.requireSha256(sourceSha256);
            Objects.requireNonNull(imageFormat, "image format");
            Objects.requireNonNull(pixelSize, "pixel size");
            metadata = Metadata.copyOf(metadata);
            if (widthPixels < 1 || heightPixels < 1) {
                throw new IllegalArgumentException("An image has at least one pixel");
            }
        }

        /** Width of the imaged field in metres. */
        public double fieldWidthMetres() {
            return widthPixels * pixelSize.widthMetres();
        }
    }
}
