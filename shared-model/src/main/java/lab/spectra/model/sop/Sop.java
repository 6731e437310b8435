package lab.spectra.model.sop;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.approval.FourEyes;
import lab.spectra.model.command.Row;

/**
 * A standard operating procedure, versioned and approved like a recipe.
 *
 * @param editorIds          everyone who edited this version after it was drafted, in the order
 *                           of their first edit; none of them may approve it (ADR 0010)
 * @param approvedRowVersion the row version the approver looked at and approved; {@code null}
 *                           while not approved, and for approvals from before it was kept
 * @param lineageId          the first version's id, shared by every version of this SOP (ADR 0027)
 * @param submittedAt        when the draft was submitted for approval; {@code null} while it is
 *                           being written (and again after a rejection or an edit)
 * @param rejectedAt         when a PI last sent this draft back, with who and why
 * @param retirementReason   why it was withdrawn, as the PI or admin said
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
        long rowVersion,
        UUID lineageId,
        Instant submittedAt,
        UUID submittedBy,
        Instant rejectedAt,
        UUID rejectedBy,
        String rejectionComment,
        UUID retiredBy,
        Instant retiredAt,
        String retirementReason)
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
        // A first version is its own lineage.
        lineageId = lineageId == null ? id : lineageId;
        if (version < 1) {
            throw new IllegalArgumentException("An SOP version starts at 1");
        }
    }

    /** Whether this draft waits for a PI's decision. */
    public boolean awaitingDecision() {
        return status == ApprovalStatus.DRAFT && submittedAt != null;
    }

    /** "SOP IV characterization v2", as people refer to it. */
    public String label() {
        return "SOP " + title + " v" + version;
    }

    /** The draft after an edit: the editor is kept, and a submission is withdrawn (ADR 0027). */
    public Sop edited(String newTitle, String newBody, UUID editor, Instant now) {
        return new Sop(
                id,
                organizationId,
                newTitle,
                version,
                status,
                newBody,
                authorId,
                FourEyes.withEditor(editorIds, editor),
                approvedBy,
                approvedAt,
                approvedRowVersion,
                createdAt,
                now,
                deletedAt,
                rowVersion + 1,
                lineageId,
                null,
                null,
                rejectedAt,
                rejectedBy,
                rejectionComment,
                retiredBy,
                retiredAt,
                retirementReason);
    }

    /** The draft submitted for a decision; an earlier rejection is answered by it. */
    public Sop submitted(UUID by, Instant at, Instant now) {
        return new Sop(
                id,
                organizationId,
                title,
                version,
                status,
                bodyMarkdown,
                authorId,
                editorIds,
                approvedBy,
                approvedAt,
                approvedRowVersion,
                createdAt,
                now,
                deletedAt,
                rowVersion + 1,
                lineageId,
                at,
                by,
                null,
                null,
                null,
                retiredBy,
                retiredAt,
                retirementReason);
    }

    /** The draft sent back by a PI, no longer submitted, with who sent it back and why. */
    public Sop rejected(UUID by, Instant at, String comment, Instant now) {
        return new Sop(
                id,
                organizationId,
                title,
                version,
                status,
                bodyMarkdown,
                authorId,
                editorIds,
                approvedBy,
                approvedAt,
                approvedRowVersion,
                createdAt,
                now,
                deletedAt,
                rowVersion + 1,
                lineageId,
                null,
                null,
                at,
                by,
                comment,
                retiredBy,
                retiredAt,
                retirementReason);
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
                rowVersion + 1,
                lineageId,
                submittedAt,
                submittedBy,
                rejectedAt,
                rejectedBy,
                rejectionComment,
                retiredBy,
                retiredAt,
                retirementReason);
    }

    public Sop retired(UUID by, Instant at, String reason, Instant now) {
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
                rowVersion + 1,
                lineageId,
                submittedAt,
                submittedBy,
                rejectedAt,
                rejectedBy,
                rejectionComment,
                by,
                at,
                reason);
    }
}
