package lab.spectra.desktop.runs.data;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import lab.spectra.model.rundata.PixelSize;

/**
 * Pixel sizes typed in for SEM images that carry none, by the image's content, for this session:
 * the scale bar is a reading aid, so the number is not recorded with the run. Read from the
 * background task that opens a file, written on the JavaFX thread.
 */
final class TypedPixelSizes {

    /** The largest pixel an SEM image has: 20 µm, a field of view of centimetres. */
    static final double LARGEST_NM = 20_000;

    private final Map<String, PixelSize> byContent = new ConcurrentHashMap<>();

    Optional<PixelSize> of(String contentSha256) {
        return Optional.ofNullable(byContent.get(contentSha256));
    }

    void put(String contentSha256, PixelSize typed) {
        byContent.put(contentSha256, typed);
    }

    /** Nanometres per pixel as typed, a decimal comma read as a point; empty unless plausible for an SEM. */
    static Optional<PixelSize> parse(String nanometresPerPixel) {
        if (nanometresPerPixel == null) {
            return Optional.empty();
        }
        try {
            double nanometres = Double.parseDouble(nanometresPerPixel.strip().replace(',', '.'));
            if (!(nanometres > 0 && nanometres < LARGEST_NM)) {
                return Optional.empty();
            }
            return Optional.of(PixelSize.square(nanometres * 1e-9, PixelSize.Source.TYPED_IN));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
