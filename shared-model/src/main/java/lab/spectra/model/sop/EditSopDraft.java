package lab.spectra.model.sop;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalWorkflow;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Conflict;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.RowChange;

/**
 * Edits an SOP draft; a field left {@code null} is not touched. The title is free text (later edit
 * wins); the text is regulated: changed by someone else since the author saw it, the edit is a
 * conflict (ADR 0004). The editor is kept on the draft and cannot approve it (ADR 0010), and an
 * edit of a submitted draft withdraws the submission (ADR 0027).
 */
public record EditSopDraft(CommandMeta meta, UUID sopId, FieldChange<String> title, FieldChange<String> bodyMarkdown)
        implements Command {

    public EditSopDraft {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.WRITE_SOP_DRAFT;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        Decision input = Checks.inOrder(
                () -> Checks.required("SOP id", sopId),
                () -> Checks.failIf(
                        title == null && bodyMarkdown == null, RejectionCode.INVALID_INPUT, "The edit changes nothing"),
                () -> title == null ? Checks.pass() : Checks.requiredText("SOP title", title.to(), SopLimits.TITLE),
                () -> bodyMarkdown == null
                        ? Checks.pass()
                        : Checks.optionalText("SOP text", bodyMarkdown.to(), SopLimits.BODY));
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        Optional<Sop> found = state.sop(sopId).filter(sop -> sop.deletedAt() == null);
        if (found.isEmpty()) {
            return Checks.notFound("The SOP");
        }
        Sop current = found.get();
        Optional<Rejected> notDraft = ApprovalWorkflow.checkEditable(current.label(), current.status());
        if (notDraft.isPresent()) {
            return notDraft.get();
        }
        if (bodyMarkdown != null && !textOf(bodyMarkdown.from()).equals(current.bodyMarkdown())) {
            return new Conflict(
                    "The text of " + current.label() + " was changed by someone else after you opened it", current);
        }
        return Decision.ACCEPTED;
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Sop current = state.sop(sopId).orElseThrow();
        Sop edited = current.edited(
                title == null ? current.title() : Checks.clean(title.to()),
                bodyMarkdown == null ? current.bodyMarkdown() : textOf(bodyMarkdown.to()),
                actor.userId(),
                now);
        return List.of(new RowChange.Updated(current, edited));
    }

    private static String textOf(String body) {
        return body == null ? "" : body;
    }
}
