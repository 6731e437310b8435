package lab.spectra.model.recipe;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalDecision;
import lab.spectra.model.auth.Role;
import lab.spectra.model.command.Row;

/**
 * A PI's or admin's decision on a recipe. The approver's role is stored as it was at the time,
 * and the database refuses any role but admin and pi.
 *
 * @param recipeRowVersion the version of the recipe row the decision was made on (its {@code
 *                         row_version} before the decision); {@code null} only for decisions
 *                         recorded before approvals named it
 */
public record RecipeApproval(
        UUID id,
        UUID organizationId,
        UUID recipeId,
        Long recipeRowVersion,
        UUID approverId,
        Role approverRole,
        ApprovalDecision decision,
        String comment,
        Instant decidedAt,
        Instant createdAt,
        long rowVersion)
        implements Row {

    public RecipeApproval {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(recipeId, "recipe_id");
        Objects.requireNonNull(approverId, "approver_id");
        Objects.requireNonNull(approverRole, "approver_role");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(decidedAt, "decided_at");
        if (approverRole != Role.ADMIN && approverRole != Role.PI) {
            throw new IllegalArgumentException("Only an admin or a PI can decide on a recipe");
        }
    }
}
