package lab.spectra.model.trust;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;

/**
 * An applied change the server could not fully vouch for, on the review list of the lab's PIs
 * with both times: when the bench says it was made, and when the server received it.
 *
 * @param codes       the {@link ReviewFlag} codes, comma-separated
 * @param recordTable the table of the record the change made or changed first (e.g. {@code runs})
 */
public record ReviewItem(
        UUID id,
        UUID organizationId,
        UUID commandId,
        UUID authorId,
        UUID workstationId,
        String commandType,
        String recordTable,
        UUID recordId,
        String codes,
        String reason,
        Instant authoredAt,
        Instant receivedAt,
        Instant resolvedAt,
        UUID resolvedBy,
        String resolution,
        Instant createdAt,
        Instant updatedAt,
        long rowVersion)
        implements Row {

    public ReviewItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(commandId, "command_id");
        Objects.requireNonNull(authorId, "author_id");
        Objects.requireNonNull(codes, "codes");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(authoredAt, "authored_at");
        Objects.requireNonNull(receivedAt, "received_at");
    }
}
