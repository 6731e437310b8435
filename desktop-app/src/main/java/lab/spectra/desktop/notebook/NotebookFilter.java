package lab.spectra.desktop.notebook;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the notebook list is narrowed to; every part is optional ({@code null} or blank: no
 * restriction). Dates are whole days in the bench's time zone, both ends included.
 */
public record NotebookFilter(
        String words, UUID authorId, UUID sampleId, UUID runId, LocalDate from, LocalDate to, SignatureState state) {

    public static final NotebookFilter NONE = new NotebookFilter(null, null, null, null, null, null, null);

    public static NotebookFilter words(String words) {
        return new NotebookFilter(words, null, null, null, null, null, null);
    }

    boolean hasWords() {
        return words != null && !words.isBlank();
    }
}
