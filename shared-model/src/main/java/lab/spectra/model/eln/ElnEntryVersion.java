package lab.spectra.model.eln;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;

/**
 * One saved version of a notebook entry: what it said after it was written (version 1) or after
 * an edit (2, 3, ...), by whom and when. Versions are history and never change; the edit history
 * and the diff of two versions are read from them, offline too.
 *
 * @param contentSha256 the {@link SignedContent} hash of this version, the one a signature over
 *                      it carries
 * @param editedBy      who wrote this version (the author for version 1)
 */
public record ElnEntryVersion(
        UUID id,
        UUID organizationId,
        UUID entryId,
        int version,
        String title,
        String bodyMarkdown,
        List<UUID> sampleIds,
        List<UUID> runIds,
        String contentSha256,
        UUID editedBy,
        Instant editedAt,
        Instant createdAt,
        long rowVersion)
        implements Row {

    public ElnEntryVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(entryId, "entry_id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(contentSha256, "content_sha256");
        Objects.requireNonNull(editedBy, "edited_by");
        Objects.requireNonNull(editedAt, "edited_at");
        if (version < 1) {
            throw new IllegalArgumentException("Entry versions count from 1");
        }
        bodyMarkdown = bodyMarkdown == null ? "" : bodyMarkdown;
        sampleIds = sampleIds == null ? List.of() : List.copyOf(sampleIds);
        runIds = runIds == null ? List.of() : List.copyOf(runIds);
    }

    /** The entry as it is now, saved as version {@code version}. */
    public static ElnEntryVersion of(ElnEntry entry, int version, UUID editedBy, Instant editedAt) {
        return new ElnEntryVersion(
                idOf(entry.id(), version),
                entry.organizationId(),
                entry.id(),
                version,
                entry.title(),
                entry.bodyMarkdown(),
                entry.sampleIds(),
                entry.runIds(),
                SignedContent.sha256(entry),
                editedBy,
                editedAt,
                editedAt,
                1);
    }

    /**
     * The id of version {@code version} of an entry. It is derived, not random, so that the bench's
     * version row and the server's version row of the same edit are one row: the server's copy
     * replaces the bench's on the next pull instead of standing next to it.
     */
    public static UUID idOf(UUID entryId, int version) {
        return UUID.nameUUIDFromBytes(
                ("eln-entry-version:" + entryId + ":" + version).getBytes(StandardCharsets.UTF_8));
    }
}
