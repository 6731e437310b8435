package lab.spectra.model.sop;

import static lab.spectra.model.command.Checks.clean;
import static lab.spectra.model.command.Checks.optionalText;
import static lab.spectra.model.command.Checks.pass;
import static lab.spectra.model.command.Checks.required;
import static lab.spectra.model.command.Checks.requiredText;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RowChange;

/**
 * Drafts a standard operating procedure. With {@code basedOnSopId} it drafts the next version of
 * an existing SOP, which is how an approved SOP is changed: approved ones are never edited in
 * place ({@link lab.spectra.model.approval.ApprovalWorkflow}). The new version is numbered after the
 * lineage's highest, and refused while another draft of the lineage is open (ADR 0027).
 */
public record CreateSopDraft(CommandMeta meta, UUID sopId, String title, String bodyMarkdown, UUID basedOnSopId)
        implements Command {

    public CreateSopDraft {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.WRITE_SOP_DRAFT;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        return Checks.inOrder(
                () -> required("SOP id", sopId),
                () -> requiredText("SOP title", title, SopLimits.TITLE),
                () -> optionalText("SOP text", bodyMarkdown, SopLimits.BODY),
                () -> state.sop(sopId).map(existing -> Checks.alreadyExists("An SOP")),
                () -> basedOnSopId == null ? pass() : checkBase(state));
    }

    private Optional<Rejected> checkBase(DomainState state) {
        Optional<Sop> base = base(state);
        if (base.isEmpty()) {
            return Optional.of(Checks.notFound("The SOP this version is based on"));
        }
        return SopLineage.checkNoOpenDraft(state, base.get().lineageId());
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        UUID lineageId =
                basedOnSopId == null ? sopId : base(state).orElseThrow().lineageId();
        int version = basedOnSopId == null ? 1 : SopLineage.nextVersion(state, lineageId);
        Sop sop = new Sop(
                sopId,
                state.organizationId(),
                clean(title),
                version,
                ApprovalStatus.DRAFT,
                bodyMarkdown == null ? "" : bodyMarkdown,
                meta.authorId(),
                List.of(),
                null,
                null,
                null,
                now,
                now,
                null,
                1,
                lineageId,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        return List.of(new RowChange.Inserted(sop));
    }

    private Optional<Sop> base(DomainState state) {
        return state.sop(basedOnSopId).filter(sop -> sop.deletedAt() == null);
    }
}
