package lab.spectra.model.sample;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.RowChange;

/**
 * A PI or admin deletes a sample softly, with a reason (required): it stays, with who and why,
 * hidden from lists but for an admin's "show deleted", and its barcode stays taken. The reason is
 * the audit trail's reason for the change.
 *
 * @param expectedRowVersion the sample's {@code row_version} as shown; required
 */
public record DeleteSample(CommandMeta meta, UUID sampleId, String reason, Long expectedRowVersion) implements Command {

    public DeleteSample {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.DELETE_RECORDS;
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
