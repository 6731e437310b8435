package lab.spectra.model.sop;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.command.Row;

/** A standard operating procedure, versioned and approved like a recipe. */
public record Sop(
        UUID id,
        UUID organizationId,
        String title,
        int version,
        ApprovalStatus status,
        String bodyMarkdown,
        UUID authorId,
        UUID approvedBy,
        Instant approvedAt,
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
                by,
                at,
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
                approvedBy,
                approvedAt,
                createdAt,
                now,
                deletedAt,
                rowVersion + 1);
    }
}
