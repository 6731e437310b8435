package lab.spectra.desktop.notebook;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry found by a search, best first.
 *
 * @param fragment a short piece of the text around the words searched for, each matched word
 *                 between {@link #MARK_START} and {@link #MARK_END}; the start of the text when
 *                 nothing was searched for
 */
public record NotebookHit(
        UUID id, String title, UUID authorId, Instant createdAt, SignatureState signatures, String fragment) {

    /** Private-use characters: they cannot come from the entry's own text by accident of typing. */
    public static final char MARK_START = '\uE000';

    public static final char MARK_END = '\uE001';
}
