package lab.spectra.model.eln;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;

/** An electronic lab notebook page in Markdown, linked to the samples and runs it is about. */
public record ElnEntry(
        UUID id,
        UUID organizationId,
        String title,
        String bodyMarkdown,
        UUID authorId,
        List<UUID> sampleIds,
        List<UUID> runIds,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        long rowVersion) implements Row {

    public ElnEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(authorId, "author_id");
        bodyMarkdown = bodyMarkdown == null ? "" : bodyMarkdown;
        sampleIds = sampleIds == null ? List.of() : List.copyOf(sampleIds);
        runIds = runIds == null ? List.of() : List.copyOf(runIds);
    }
}
