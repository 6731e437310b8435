package lab.spectra.desktop.notebook;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A link from an entry's Markdown to a record of the lab: {@code sample:<uuid>}, {@code run:<uuid>}
 * or {@code instrument:<uuid>}, written as {@code [wafer 7](sample:0190...)} or
 * {@code <sample:0190...>}. Ids, not names or barcodes: a name can be changed or reused, an id
 * always names the same record, which matters in a signed record.
 */
public record RecordLink(Kind kind, UUID id) {

    public enum Kind {
        SAMPLE,
        RUN,
        INSTRUMENT
    }

    /** The link named by a Markdown destination, if it is one of ours. */
    public static Optional<RecordLink> parse(String destination) {
        if (destination == null) {
            return Optional.empty();
        }
        int colon = destination.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        Kind kind;
        try {
            kind = Kind.valueOf(destination.substring(0, colon).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RecordLink(
                    kind, UUID.fromString(destination.substring(colon + 1).strip())));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** Opens the record a link names (the screen of its kind). */
    @FunctionalInterface
    public interface Opener {
        void open(RecordLink link);
    }
}
