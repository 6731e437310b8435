package lab.spectra.model.sop;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalDecision;
import lab.spectra.model.auth.Role;
import lab.spectra.model.command.Row;

/**
 * A PI's or admin's decision on an SOP: approved, rejected (back to draft, with the comment) or
 * retired (with the reason). Append-only; the approver's role is stored as it was, and the database
 * refuses any role but admin and pi.
 *
 * @param sopRowVersion the version of the SOP row the decision was made on (before the decision)
 */
public record SopApproval(
        UUID id,
        UUID organizationId,
        UUID sopId,
        Long sopRowVersion,
        UUID approverId,
        Role approverRole,
        ApprovalDecision decision,
        String comment,
        Instant decidedAt,
        Instant createdAt,
        long rowVersion)
        implements Row {

    public SopApproval {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(sopId, "sop_id");
        Objects.requireNonNull(approverId, "approver_id");
        Objects.requireNonNull(approverRole, "approver_role");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(decidedAt, "decided_at");
        if (approverRole != Role.ADMIN && approverRole != Role.PI) {
            throw new IllegalArgumentException("Only an admin or a PI can decide on an SOP");
        }
    }

    /**
     * The decision's id, derived from the command that made it: the SOP commands carry no id of
     * their own, and the bench and the server must write the same row.
     */
    public static UUID idFor(UUID commandId) {
        return UUID.nameUUIDFromBytes(("sop-approval:" + commandId).getBytes(StandardCharsets.UTF_8));
    }
}
