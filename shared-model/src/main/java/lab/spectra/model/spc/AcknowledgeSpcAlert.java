package lab.spectra.model.spc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Conflict;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.RowChange;
import lab.spectra.model.org.UserAccount;

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
        Decision input = Checks.inOrder(
                () -> Checks.required("Alert id", alertId),
                () -> Checks.requiredText(
                        "The reason (what you found and why the alert may close)", reason, SpcSeriesRules.MAX_REASON));
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        Optional<SpcAlert> found = state.spcAlert(alertId);
        if (found.isEmpty()) {
            return Checks.notFound("The alert");
        }
        SpcAlert alert = found.get();
        if (!alert.awaitsAcknowledgement()) {
            String who = alert.acknowledgedBy() == null
                    ? "someone"
                    : state.user(alert.acknowledgedBy())
                            .map(UserAccount::displayName)
                            .orElse("someone");
            return new Conflict("This alert was already acknowledged by " + who, alert);
        }
        return Decision.ACCEPTED;
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        SpcAlert open = state.spcAlert(alertId).orElseThrow();
        SpcAlert acknowledged = new SpcAlert(
                open.id(),
                open.organizationId(),
                open.seriesId(),
                open.pointId(),
                open.rule(),
                open.message(),
                open.raisedAt(),
                actor.userId(),
                meta.authoredAt(),
                open.rowVersion() + 1,
                open.ruleNumber(),
                open.involvedPointIds(),
                Checks.clean(reason),
                open.createdAt(),
                now);
        return List.of(new RowChange.Updated(open, acknowledged));
    }
}
