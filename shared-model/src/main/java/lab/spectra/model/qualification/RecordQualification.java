package lab.spectra.model.qualification;

import static lab.spectra.model.command.Checks.clean;
import static lab.spectra.model.command.Checks.failIf;
import static lab.spectra.model.command.Checks.optionalText;
import static lab.spectra.model.command.Checks.required;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.RowChange;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.sop.Sop;

/**
 * Records that a person was trained and assessed on an approved SOP version and may operate
 * instruments of a kind (or, with {@code recipeName}, run one recipe lineage on them) from
 * {@code qualifiedAt} until {@code expiresAt}. Recorded by a PI or an admin (ADR 0015).
 */
public record RecordQualification(
        CommandMeta meta,
        UUID qualificationId,
        UUID userId,
        InstrumentKind instrumentKind,
        String recipeName,
        UUID sopId,
        Instant qualifiedAt,
        Instant expiresAt)
        implements Command {

    public RecordQualification {
        CommandMeta.require(meta);
    }

    private static final int NAME = 200;

    @Override
    public Action requiredAction() {
        return Action.RECORD_QUALIFICATION;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        Decision input = Checks.inOrder(
                () -> required("Qualification id", qualificationId),
                () -> required("Person", userId),
                () -> required("Instrument kind", instrumentKind),
                () -> optionalText("Recipe", recipeName, NAME),
                () -> required("SOP", sopId),
                () -> required("Qualified on", qualifiedAt),
                () -> required("Expiry date", expiresAt),
                () -> failIf(
                        !expiresAt.isAfter(qualifiedAt),
                        RejectionCode.INVALID_INPUT,
                        "A qualification must expire after it was granted"),
                () -> failIf(
                        qualifiedAt.isAfter(meta.authoredAt()),
                        RejectionCode.INVALID_INPUT,
                        "A qualification cannot be granted in the future"),
                () -> state.qualification(qualificationId).map(existing -> Checks.alreadyExists("A qualification")));
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        Optional<UserAccount> person = state.user(userId).filter(found -> found.deletedAt() == null);
        if (person.isEmpty()) {
            return Checks.notFound("The person");
        }
        if (!person.get().active()) {
            return new Rejected(
                    RejectionCode.INVALID_INPUT,
                    person.get().displayName() + " is deactivated and cannot be qualified");
        }
        Optional<Sop> sop = state.sop(sopId).filter(found -> found.deletedAt() == null);
        if (sop.isEmpty()) {
            return Checks.notFound("The SOP");
        }
        if (sop.get().status() != ApprovalStatus.APPROVED) {
            return new Rejected(
                    RejectionCode.INVALID_INPUT,
                    sop.get().label() + " is not approved; qualify people on an approved SOP version");
        }
        return Decision.ACCEPTED;
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Qualification qualification = new Qualification(
                qualificationId,
                state.organizationId(),
                userId,
                instrumentKind,
                clean(recipeName),
                sopId,
                qualifiedAt.truncatedTo(ChronoUnit.MICROS),
                expiresAt.truncatedTo(ChronoUnit.MICROS),
                QualificationState.VALID,
                null,
                null,
                null,
                meta.authorId(),
                now,
                now,
                1);
        return List.of(new RowChange.Inserted(qualification));
    }
}
