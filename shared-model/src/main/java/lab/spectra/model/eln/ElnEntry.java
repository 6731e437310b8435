package lab.spectra.model.eln;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.approval.FourEyes;
import lab.spectra.model.command.Row;

/**
 * An electronic lab notebook page in Markdown, linked to the samples and runs it is about.
 *
 * @param editorIds everyone who edited the entry after it was written, in the order of their first
 *                  edit; none of them may sign it as reviewer or approver (ADR 0010)
 */
public record ElnEntry(
        UUID id,
        UUID organizationId,
        String title,
        String bodyMarkdown,
        UUID authorId,
        List<UUID> editorIds,
        List<UUID> sampleIds,
        List<UUID> runIds,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        long rowVersion)
        implements Row {

    /** The table name signatures use to point at an entry ({@code signatures.record_table}). */
    public static final String RECORD_TABLE = "eln_entries";

    public ElnEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(authorId, "author_id");
        // Rows written before editors were kept have none recorded.
        editorIds = editorIds == null ? List.of() : List.copyOf(editorIds);
        bodyMarkdown = bodyMarkdown == null ? "" : bodyMarkdown;
        sampleIds = sampleIds == null ? List.of() : List.copyOf(sampleIds);
        runIds = runIds == null ? List.of() : List.copyOf(runIds);
    }

    public ElnEntry edited(String newTitle, String newBodyMarkdown, UUID editor, Instant now) {
        return new ElnEntry(
                id,
                organizationId,
                newTitle,
                newBodyMarkdown,
                authorId,
                FourEyes.withEditor(editorIds, editor),
                sampleIds,
                runIds,
                createdAt,
                now,
                deletedAt,
                rowVersion + 1);
    }
}
