package lab.spectra.model.sop;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.command.RowChange;

/**
 * Edits an SOP draft; a field left {@code null} is not touched. The title is free text (later edit
 * wins); the text is regulated: changed by someone else since the author saw it, the edit is a
 * conflict (ADR 0004). The editor is kept on the draft and cannot approve it (ADR 0010).
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
        throw new UnsupportedOperationException("issue 18: being written");
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        throw new UnsupportedOperationException("issue 18: being written");
    }
}
