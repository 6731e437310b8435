package lab.spectra.desktop.notebook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.eln.ElnEntry;

/**
 * What the search index keeps of an entry: its text, who wrote it, what it links to, when, and
 * its signature state.
 *
 * @param stamp changes whenever the entry or one of its signatures changes; the index re-reads an
 *              entry whose stamp differs from the one it indexed
 */
public record IndexedEntry(
        UUID id,
        String title,
        String bodyMarkdown,
        UUID authorId,
        List<UUID> sampleIds,
        List<UUID> runIds,
        Instant createdAt,
        SignatureState signatures,
        String stamp) {

    public IndexedEntry {
        sampleIds = List.copyOf(sampleIds);
        runIds = List.copyOf(runIds);
    }

    public static IndexedEntry of(ElnEntry entry, SignatureState signatures, String stamp) {
        return new IndexedEntry(
                entry.id(),
                entry.title(),
                entry.bodyMarkdown(),
                entry.authorId(),
                entry.sampleIds(),
                entry.runIds(),
                entry.createdAt(),
                signatures,
                stamp);
    }
}
