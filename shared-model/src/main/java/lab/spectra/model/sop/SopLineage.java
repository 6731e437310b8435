package lab.spectra.model.sop;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalDecision;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.RowChange;

/**
 * The versions of one SOP, with the same rules as a recipe's (ADR 0027): numbered after the
 * highest, one open draft at a time, and approving a version retires the approved ones before it
 * unless the organization keeps them.
 */
final class SopLineage {

    private SopLineage() {}

    static int nextVersion(DomainState state, UUID lineageId) {
        return state.sopsInLineage(lineageId).stream()
                        .mapToInt(Sop::version)
                        .max()
                        .orElse(0)
                + 1;
    }

    static Optional<Rejected> checkNoOpenDraft(DomainState state, UUID lineageId) {
        return state.sopsInLineage(lineageId).stream()
                .filter(sop -> sop.deletedAt() == null && sop.status() == ApprovalStatus.DRAFT)
                .findFirst()
                .map(open -> new Rejected(
                        RejectionCode.ILLEGAL_TRANSITION,
                        open.label() + " is still a draft; finish or delete it before drafting another version"));
    }

    static List<RowChange> retiredBy(Sop approved, Actor actor, DomainState state, CommandMeta meta, Instant now) {
        if (state.settings().keepsPreviousVersionsApproved()) {
            return List.of();
        }
        String reason = "Replaced by " + approved.label();
        List<RowChange> changes = new ArrayList<>();
        for (Sop earlier : state.sopsInLineage(approved.lineageId())) {
            if (!earlier.id().equals(approved.id())
                    && earlier.deletedAt() == null
                    && earlier.status() == ApprovalStatus.APPROVED) {
                changes.add(new RowChange.Updated(
                        earlier, earlier.retired(actor.userId(), meta.authoredAt(), reason, now)));
                changes.add(SopDecisions.record(
                        actor,
                        state,
                        retirementIdFor(meta.commandId(), earlier.id()),
                        earlier,
                        meta,
                        ApprovalDecision.RETIRED,
                        reason,
                        now));
            }
        }
        return changes;
    }

    /** The id of the decision retiring an earlier version: derived, so bench and server agree. */
    static UUID retirementIdFor(UUID commandId, UUID retiredSopId) {
        return UUID.nameUUIDFromBytes(
                ("sop-retirement:" + commandId + ":" + retiredSopId).getBytes(StandardCharsets.UTF_8));
    }
}
