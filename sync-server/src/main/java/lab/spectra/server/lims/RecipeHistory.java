package lab.spectra.server.lims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalDecision;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.auth.Role;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.recipe.ParameterChange;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.recipe.RecipeApproval;
import lab.spectra.server.lims.LineagePeople.Person;

/**
 * Every version of a recipe, lowest first, with who wrote, submitted and decided on each, and what
 * each version changed in the parameters of the one before it (ADR 0027).
 */
public record RecipeHistory(UUID lineageId, String name, InstrumentKind instrumentKind, List<Version> versions) {

    /** One version, its state, its decisions and its parameter changes from the previous version. */
    public record Version(
            UUID id,
            int version,
            String name,
            ApprovalStatus status,
            boolean awaitingDecision,
            long rowVersion,
            ObjectNode parameters,
            List<UUID> sopIds,
            Person author,
            Instant createdAt,
            Person submittedBy,
            Instant submittedAt,
            Person rejectedBy,
            Instant rejectedAt,
            String rejectionComment,
            Person approvedBy,
            Instant approvedAt,
            Person retiredBy,
            Instant retiredAt,
            List<Change> changes,
            List<DecisionMade> decisions) {}

    /**
     * One parameter that differs from the previous version.
     *
     * @param text the change in words: "Stop voltage (V): 2 → 3"
     */
    public record Change(String key, String label, JsonNode before, JsonNode after, String text) {}

    /** A PI's or admin's decision on the version: approved, rejected or retired, with their comment. */
    public record DecisionMade(
            UUID id, ApprovalDecision decision, Person by, Role role, String comment, Instant decidedAt) {}

    static RecipeHistory of(JdbcDomainState state, Recipe any) {
        LineagePeople people = new LineagePeople(state);
        List<Recipe> lineage = state.recipesInLineage(any.lineageId()).stream()
                .filter(recipe -> recipe.deletedAt() == null)
                .sorted(Comparator.comparingInt(Recipe::version))
                .toList();
        List<Version> versions = new ArrayList<>();
        Recipe previous = null;
        for (Recipe recipe : lineage) {
            List<Change> changes = previous == null
                    ? List.of()
                    : ParameterChange.between(recipe.instrumentKind(), previous.parameters(), recipe.parameters())
                            .stream()
                            .map(change -> new Change(
                                    change.key(), change.label(), change.before(), change.after(), change.describe()))
                            .toList();
            List<RecipeApproval> decided = state.findOrdered(
                    Table.RECIPE_APPROVALS, "recipe_id = ?", "ORDER BY decided_at, created_at", recipe.id());
            versions.add(new Version(
                    recipe.id(),
                    recipe.version(),
                    recipe.name(),
                    recipe.status(),
                    recipe.awaitingDecision(),
                    recipe.rowVersion(),
                    recipe.parameters(),
                    recipe.sopIds(),
                    people.of(recipe.authorId()),
                    recipe.createdAt(),
                    people.of(recipe.submittedBy()),
                    recipe.submittedAt(),
                    people.of(recipe.rejectedBy()),
                    recipe.rejectedAt(),
                    recipe.rejectionComment(),
                    people.of(recipe.approvedBy()),
                    recipe.approvedAt(),
                    people.of(recipe.retiredBy()),
                    recipe.retiredAt(),
                    changes,
                    decided.stream()
                            .map(decision -> new DecisionMade(
                                    decision.id(),
                                    decision.decision(),
                                    people.of(decision.approverId()),
                                    decision.approverRole(),
                                    decision.comment(),
                                    decision.decidedAt()))
                            .toList()));
            previous = recipe;
        }
        Recipe latest = lineage.isEmpty() ? any : lineage.get(lineage.size() - 1);
        return new RecipeHistory(any.lineageId(), latest.name(), any.instrumentKind(), versions);
    }
}
