package lab.spectra.model.spc;

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
 * An engineer (or above) has looked at an alert and says why it may close: the reason is required.
 * Acknowledging lifts the hold a critical series puts on its instrument for its recipe lineage.
 * An alert already acknowledged by someone else is a conflict, not a second acknowledgement.
 */
public record AcknowledgeSpcAlert(CommandMeta meta, UUID alertId, String reason) implements Command {

    public AcknowledgeSpcAlert {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.ACKNOWLEDGE_SPC_ALERT;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        throw new UnsupportedOperationException("TODO(i17-a)");
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        throw new UnsupportedOperationException("TODO(i17-a)");
    }
}
