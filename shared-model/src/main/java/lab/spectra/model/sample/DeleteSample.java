package lab.spectra.model.sample;

import static lab.spectra.model.command.Checks.clean;

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
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.RowChange;

/**
 * A PI or admin deletes a sample softly, with a reason (required): it stays, with who and why,
 * hidden from lists but for an admin's "show deleted", and its barcode stays taken. The reason is
 * the audit trail's reason for the change.
 *
 * <p>Deleting a sample that is already deleted is refused as {@code illegal_transition}, with the reason it
 * was deleted for, rather than "not found": two PIs who deleted the same sample offline should learn
 * why the second deletion did nothing (ADR 0028).
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
        Decision input = Checks.inOrder(
                () -> Checks.required("Sample id", sampleId),
                () -> Checks.requiredText("The reason for deleting", reason, SampleLimits.REASON),
                () -> Checks.required(
                        "expected_row_version (the sample's row_version you looked at)", expectedRowVersion));
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        Optional<Sample> found = state.sample(sampleId);
        if (found.isEmpty()) {
            return Checks.notFound("The sample");
        }
        Sample sample = found.get();
        if (sample.deleted()) {
            return new Rejected(
                    RejectionCode.ILLEGAL_TRANSITION,
                    "Sample " + sample.name() + " was already deleted (" + sample.deletionReason() + ")");
        }
        if (sample.rowVersion() != expectedRowVersion) {
            return new Conflict(
                    "Sample " + sample.name()
                            + " was changed after you opened it; look at it again before you delete it",
                    sample);
        }
        return Decision.ACCEPTED;
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Sample sample = state.sample(sampleId).orElseThrow();
        return List.of(new RowChange.Updated(sample, sample.softDeleted(meta.authorId(), clean(reason), now)));
    }

    @Override
    public String auditReason() {
        return clean(reason);
    }
}
