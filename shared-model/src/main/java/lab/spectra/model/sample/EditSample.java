package lab.spectra.model.sample;

import static lab.spectra.model.command.Checks.clean;
import static lab.spectra.model.command.Checks.fail;
import static lab.spectra.model.command.Checks.optionalText;
import static lab.spectra.model.command.Checks.pass;
import static lab.spectra.model.command.Checks.requiredText;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.RowChange;

/**
 * Edits some fields of a sample; a field left {@code null} is not touched.
 *
 * <p>Conflict rule (ADR 0004): name, location and notes are free text, and the later edit wins.
 * Barcode and status are regulated: if someone changed them after the author saw them, the edit
 * is a conflict and nothing is written.
 *
 * @param materialId the material; {@code null} leaves it, a change to {@code null} clears it
 * @param reason     why, in the author's words, for the audit trail (Annex 11 §9); asked for by the
 *                   bench when the status changes, optional on the wire so that commands queued by
 *                   an older bench stay sendable
 */
public record EditSample(
        CommandMeta meta,
        UUID sampleId,
        FieldChange<String> name,
        FieldChange<String> barcode,
        FieldChange<String> location,
        FieldChange<SampleStatus> status,
        FieldChange<String> notes,
        FieldChange<UUID> materialId,
        String reason)
        implements Command {

    public EditSample {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.EDIT_SAMPLE;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        Decision inputCheck = Checks.inOrder(
                () -> Checks.required("Sample id", sampleId),
                () -> Checks.failIf(
                        name == null
                                && barcode == null
                                && location == null
                                && status == null
                                && notes == null
                                && materialId == null,
                        RejectionCode.INVALID_INPUT,
                        "The edit changes nothing"),
                () -> name == null ? pass() : requiredText("Sample name", name.to(), SampleLimits.NAME),
                () -> barcode == null ? pass() : requiredText("Barcode", barcode.to(), SampleLimits.BARCODE),
                () -> location == null ? pass() : optionalText("Location", location.to(), SampleLimits.LOCATION),
                () -> notes == null ? pass() : optionalText("Notes", notes.to(), SampleLimits.NOTES),
                () -> status == null || status.to() != null
                        ? pass()
                        : fail(RejectionCode.INVALID_INPUT, "Status is required"),
                () -> optionalText("The reason for the change", reason, SampleLimits.REASON),
                () -> materialId == null || materialId.to() == null || liveMaterial(state, materialId.to())
                        ? pass()
                        : Optional.of(Checks.notFound("The material")));
        if (!(inputCheck instanceof Decision.Accepted)) {
            return inputCheck;
        }
        Optional<Sample> found = state.sample(sampleId).filter(sample -> !sample.deleted());
        if (found.isEmpty()) {
            return Checks.notFound("The sample");
        }
        Sample current = found.get();
        if (barcode != null && !barcode.unchangedSince(current.barcode())) {
            return new Conflict(
                    "The barcode of sample " + current.name() + " was changed to " + current.barcode()
                            + " by someone else after you opened it",
                    current);
        }
        if (status != null && !status.unchangedSince(current.status())) {
            return new Conflict(
                    "The status of sample " + current.name() + " was changed to "
                            + current.status().name().toLowerCase(Locale.ROOT) + " by someone else after you opened it",
                    current);
        }
        if (barcode != null && !Objects.equals(clean(barcode.to()), current.barcode())) {
            Optional<Rejected> taken = state.sampleByBarcode(clean(barcode.to()))
                    .filter(other -> !other.id().equals(sampleId))
                    .map(other -> SampleLimits.barcodeTaken(clean(barcode.to()), other));
            if (taken.isPresent()) {
                return taken.get();
            }
        }
        return Decision.ACCEPTED;
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Sample current = state.sample(sampleId).orElseThrow();
        Sample edited = current.edited(
                name == null ? current.name() : clean(name.to()),
                barcode == null ? current.barcode() : clean(barcode.to()),
                materialId == null ? current.materialId() : materialId.to(),
                location == null ? current.location() : clean(location.to()),
                status == null ? current.status() : status.to(),
                notes == null ? current.notes() : clean(notes.to()),
                now);
        return List.of(new RowChange.Updated(current, edited));
    }

    @Override
    public String auditReason() {
        return clean(reason);
    }

    private static boolean liveMaterial(DomainState state, UUID materialId) {
        return state.material(materialId)
                .filter(material -> material.deletedAt() == null)
                .isPresent();
    }
}
