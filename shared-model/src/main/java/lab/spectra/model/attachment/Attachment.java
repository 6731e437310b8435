package lab.spectra.model.attachment;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;

/**
 * Metadata of a stored file (certificate scan, raw data) attached to one record; the content is
 * stored by its SHA-256 (ADR 0019) and travels apart from this row.
 *
 * @param recordTable the table of the record it belongs to ({@code runs}, …), or null for rows
 *                    written before files were attached to records
 */
public record Attachment(
        UUID id,
        UUID organizationId,
        String recordTable,
        UUID recordId,
        String fileName,
        String mediaType,
        long sizeBytes,
        String contentSha256,
        UUID uploadedBy,
        Instant createdAt,
        Instant deletedAt,
        long rowVersion)
        implements Row {

    public Attachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(fileName, "file_name");
        Objects.requireNonNull(contentSha256, "content_sha256");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("A file cannot have a negative size");
        }
    }
}
