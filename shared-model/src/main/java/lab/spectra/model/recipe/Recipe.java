package lab.spectra.model.recipe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.approval.FourEyes;
import lab.spectra.model.command.Row;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.json.JsonObjects;

/**
 * A method template for one kind of instrument.
 *
 * @param version   the document version people talk about ("IV sweep v3"); distinct from
 *                  {@code rowVersion}, which counts every change to the row
 * @param editorIds        everyone who edited this version after it was drafted, in the order of
 *                         their first edit; none of them may approve it (four-eyes rule, ADR 0010)
 * @param lineageId        the first version's id, shared by every version of this recipe (ADR 0027)
 * @param sopIds           the SOPs this recipe follows
 * @param submittedAt      when the draft was submitted for approval; {@code null} while it is being
 *                         written (and again after a rejection or an edit)
 * @param rejectedAt       when a PI last sent this draft back; with {@code rejectedBy} and
 *                         {@code rejectionComment}, shown on the draft until it is submitted again
 */
public record Recipe(
        UUID id,
        UUID organizationId,
        String name,
        InstrumentKind instrumentKind,
        ObjectNode parameters,
        int version,
        ApprovalStatus status,
        UUID authorId,
        List<UUID> editorIds,
        UUID approvedBy,
        Instant approvedAt,
        UUID retiredBy,
        Instant retiredAt,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        long rowVersion,
        UUID lineageId,
        List<UUID> sopIds,
        Instant submittedAt,
        UUID submittedBy,
        Instant rejectedAt,
        UUID rejectedBy,
        String rejectionComment)
        implements Row {

    public Recipe {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(instrumentKind, "instrument_kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(authorId, "author_id");
        // Rows written before editors were kept have none recorded.
        editorIds = editorIds == null ? List.of() : List.copyOf(editorIds);
        parameters = JsonObjects.copyOrEmpty(parameters);
        // A first version is its own lineage.
        lineageId = lineageId == null ? id : lineageId;
        sopIds = sopIds == null ? List.of() : List.copyOf(sopIds);
        if (version < 1) {
            throw new IllegalArgumentException("A recipe version starts at 1");
        }
    }

    /** Whether this draft waits for a PI's decision. */
    public boolean awaitingDecision() {
        return status == ApprovalStatus.DRAFT && submittedAt != null;
    }

    /** "IV sweep v2", as people refer to it. */
    public String title() {
        return name + " v" + version;
    }

    /**
     * The draft after an edit: the editor is kept (they may not approve it), and a submitted draft
     * goes back to being written, since the PI would otherwise decide on text they were not asked
     * about (ADR 0027).
     */
    public Recipe edited(String newName, ObjectNode newParameters, List<UUID> newSopIds, UUID editor, Instant now) {
        return new Recipe(
                id,
                organizationId,
                newName,
                instrumentKind,
                newParameters,
                version,
                status,
                authorId,
                FourEyes.withEditor(editorIds, editor),
                approvedBy,
                approvedAt,
                retiredBy,
                retiredAt,
                createdAt,
                now,
                deletedAt,
                rowVersion + 1,
                lineageId,
                newSopIds,
                null,
                null,
                rejectedAt,
                rejectedBy,
                rejectionComment);
    }

    /** The draft submitted for a decision; an earlier rejection is answered by it and no longer shown. */
    public Recipe submitted(UUID by, Instant at, Instant now) {
        return new Recipe(
                id,
                organizationId,
                name,
                instrumentKind,
                parameters,
                version,
                status,
                authorId,
                editorIds,
                approvedBy,
                approvedAt,
                retiredBy,
                retiredAt,
                createdAt,
                now,
                deletedAt,
                rowVersion + 1,
                lineageId,
                sopIds,
                at,
                by,
                null,
                null,
                null);
    }

    /** The draft sent back by a PI: no longer submitted, and showing who sent it back and why. */
    public Recipe rejected(UUID by, Instant at, String comment, Instant now) {
        return new Recipe(
                id,
                organizationId,
                name,
                instrumentKind,
                parameters,
                version,
                status,
                authorId,
                editorIds,
                approvedBy,
                approvedAt,
                retiredBy,
                retiredAt,
                createdAt,
                now,
                deletedAt,
                rowVersion + 1,
                lineageId,
                sopIds,
                null,
                null,
                at,
                by,
                comment);
    }

    public Recipe approved(UUID by, Instant at, Instant now) {
        return new Recipe(
                id,
                organizationId,
                name,
                instrumentKind,
                parameters,
                version,
                ApprovalStatus.APPROVED,
                authorId,
                editorIds,
                by,
                at,
                retiredBy,
                retiredAt,
                createdAt,
                now,
                deletedAt,
                rowVersion + 1,
                lineageId,
                sopIds,
                submittedAt,
                submittedBy,
                rejectedAt,
                rejectedBy,
                rejectionComment);
    }

    public Recipe retired(UUID by, Instant at, Instant now) {
        return new Recipe(
                id,
                organizationId,
                name,
                instrumentKind,
                parameters,
                version,
                ApprovalStatus.RETIRED,
                authorId,
                editorIds,
                approvedBy,
                approvedAt,
                by,
                at,
                createdAt,
                now,
                deletedAt,
                rowVersion + 1,
                lineageId,
                sopIds,
                submittedAt,
                submittedBy,
                rejectedAt,
                rejectedBy,
                rejectionComment);
    }
}
