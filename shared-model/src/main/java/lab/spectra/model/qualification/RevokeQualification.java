package lab.spectra.model.qualification;

import static lab.spectra.model.command.Checks.clean;
import static lab.spectra.model.command.Checks.required;
import static lab.spectra.model.command.Checks.requiredText;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.RowChange;

/**
 * Withdraws a qualification before it expires (the training was found lacking, the person moved
 * on). From the moment it is issued, runs that relied on it alone are refused; runs already
 * started stand.
 */
public record RevokeQualification(CommandMeta meta, UUID qualificationId, String reason) implements Command {

    public RevokeQualification {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.REVOKE_QUALIFICATION;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        Decision input = Checks.inOrder(
                () -> required("Qualification id", qualificationId),
                () -> requiredText("The reason for revoking", reason, 2000));
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        Optional<Qualification> qualification = state.qualification(qualificationId);
        if (qualification.isEmpty()) {
            return Checks.notFound("The qualification");
        }
        if (qualification.get().state() == QualificationState.REVOKED) {
            return new Rejected(RejectionCode.ILLEGAL_TRANSITION, "This qualification is already revoked");
        }
        return Decision.ACCEPTED;
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Qualification qualification = state.qualification(qualificationId).orElseThrow();
        return List.of(new RowChange.Updated(
                qualification, qualification.revoke(actor.userId(), clean(reason), meta.authoredAt(), now)));
    }
}
