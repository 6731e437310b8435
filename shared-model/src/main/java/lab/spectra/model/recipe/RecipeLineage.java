package lab.spectra.model.recipe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalDecision;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.RowChange;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.sop.Sop;

/**
 * The versions of one recipe (ADR 0027): a new version is numbered after the highest one, only one
 * draft of a lineage is open at a time (two drafts would each claim to be "the next version"), and
 * approving a version retires the approved ones before it unless the organization keeps them.
 */
final class RecipeLineage {

    private RecipeLineage() {}

    static int nextVersion(DomainState state, UUID lineageId) {
        return state.recipesInLineage(lineageId).stream()
                        .mapToInt(Recipe::version)
                        .max()
                        .orElse(0)
                + 1;
    }

    /** Refuses a new version while another draft of the same recipe is being written or decided on. */
    static Optional<Rejected> checkNoOpenDraft(DomainState state, UUID lineageId) {
        return state.recipesInLineage(lineageId).stream()
                .filter(recipe -> recipe.deletedAt() == null && recipe.status() == ApprovalStatus.DRAFT)
                .findFirst()
                .map(open -> new Rejected(
                        RejectionCode.ILLEGAL_TRANSITION,
                        open.title() + " is still a draft; finish or delete it before drafting another version"));
    }

    /**
     * The earlier approved versions retired by approving {@code approved}, each with a {@code
     * retired} decision naming its replacement; none when the organization keeps them approved.
     */
    static List<RowChange> retiredBy(Recipe approved, Actor actor, DomainState state, CommandMeta meta, Instant now) {
        if (state.settings().keepsPreviousVersionsApproved()) {
            return List.of();
        }
        List<RowChange> changes = new ArrayList<>();
        for (Recipe earlier : state.recipesInLineage(approved.lineageId())) {
            if (!earlier.id().equals(approved.id())
                    && earlier.deletedAt() == null
                    && earlier.status() == ApprovalStatus.APPROVED) {
                changes.add(new RowChange.Updated(earlier, earlier.retired(actor.userId(), meta.authoredAt(), now)));
                changes.add(RecipeDecisions.record(
                        actor,
                        state,
                        RecipeDecisions.retirementIdFor(meta.commandId(), earlier.id()),
                        earlier,
                        meta,
                        ApprovalDecision.RETIRED,
                        "Replaced by " + approved.title(),
                        now));
            }
        }
        return changes;
    }

    /** Refuses links to SOPs that are not live SOPs of this organization. */
    static Optional<Rejected> checkSops(DomainState state, List<UUID> sopIds) {
        if (sopIds == null) {
            return Checks.pass();
        }
        if (sopIds.size() > RecipeLimits.SOPS) {
            return Checks.fail(RejectionCode.INVALID_INPUT, "A recipe follows at most " + RecipeLimits.SOPS + " SOPs");
        }
        for (UUID sopId : sopIds) {
            if (sopId == null) {
                return Checks.fail(RejectionCode.INVALID_INPUT, "An SOP id is missing");
            }
            Optional<Sop> sop = state.sop(sopId).filter(found -> found.deletedAt() == null);
            if (sop.isEmpty()) {
                return Optional.of(Checks.notFound("The SOP " + sopId));
            }
            if (sop.get().status() == ApprovalStatus.RETIRED) {
                return Checks.fail(
                        RejectionCode.ILLEGAL_TRANSITION,
                        sop.get().label() + " is retired; link the SOP's current version instead");
            }
        }
        return Checks.failIf(
                sopIds.stream().distinct().count() != sopIds.size(),
                RejectionCode.INVALID_INPUT,
                "An SOP is linked more than once");
    }

    /** The parameters checked against the kind's schema; every problem said, in one sentence each. */
    static Optional<Rejected> checkParameters(InstrumentKind kind, ObjectNode parameters, boolean complete) {
        List<String> problems = RecipeParameterSchema.problems(kind, parameters, complete);
        return Checks.failIf(!problems.isEmpty(), RejectionCode.INVALID_INPUT, String.join("; ", problems));
    }
}
