package lab.spectra.model.sop;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.command.Row;

/**
 * A standard operating procedure, versioned and approved like a recipe.
 *
 * @param editorIds          everyone who edited this version after it was drafted, in the order
 *                           of their first edit; none of them may approve it (ADR 0010)
 * @param approvedRowVersion the row version the approver looked at and approved; {@code null}
 *                           while not approved, and for approvals from before it was kept
 */
public record Sop(
        UUID id,
        UUID organizationId,
        String title,
        int version,
        ApprovalStatus status,
        String bodyMarkdown,
        UUID authorId,
        List<UUID> editorIds,
        UUID approvedBy,
        Instant approvedAt,
        Long approvedRowVersion,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        long rowVersion)
        implements Row {

    public Sop {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(authorId, "author_id");
        // Rows written before editors were kept have none recorded.
        editorIds = editorIds == null ? List.of() : List.copyOf(editorIds);
        bodyMarkdown = bodyMarkdown == null ? "" : bodyMarkdown;
        if (version < 1) {
            throw new IllegalArgumentException("An SOP version starts at 1");
        }
    }

    /** "SOP IV characterization v2", as people refer to it. */
    public String label() {
        return "SOP " + title + " v" + version;
    }

    public Sop approved(UUID by, Instant at, Instant now) {
        return new Sop(
                id,
                organizationId,
                title,
                version,
                ApprovalStatus.APPROVED,
                bodyMarkdown,
                authorId,
                editorIds,
                by,
                at,
                rowVersion,
                createdAt,
                now,
                deletedAt,
                rowVersion + 1);
    }

    public Sop retired(Instant now) {
        return new Sop(
                id,
                organizationId,
                title,
                version,
                ApprovalStatus.RETIRED,
                bodyMarkdown,
                authorId,
                editorIds,
                approvedBy,
                approvedAt,
                approvedRowVersion,
                createdAt,
                now,
                deletedAt,
                rowVersion + 1);
    }
}
