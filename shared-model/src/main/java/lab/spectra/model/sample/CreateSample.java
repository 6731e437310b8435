package lab.spectra.model.sample;

import static lab.spectra.model.command.Checks.clean;
import static lab.spectra.model.command.Checks.fail;
import static lab.spectra.model.command.Checks.optionalText;
import static lab.spectra.model.command.Checks.pass;
import static lab.spectra.model.command.Checks.required;
import static lab.spectra.model.command.Checks.requiredText;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.RowChange;

public record CreateSample(
        CommandMeta meta, UUID sampleId, String name, String barcode, UUID materialId, String location, String notes)
        implements Command {

    public CreateSample {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.CREATE_SAMPLE;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        return Checks.inOrder(
                () -> required("Sample id", sampleId),
                () -> requiredText("Sample name", name, SampleLimits.NAME),
                () -> requiredText("Barcode", barcode, SampleLimits.BARCODE),
                () -> optionalText("Location", location, SampleLimits.LOCATION),
                () -> optionalText("Notes", notes, SampleLimits.NOTES),
                () -> state.sample(sampleId).map(existing -> Checks.alreadyExists("A sample")),
                () -> state.sampleByBarcode(clean(barcode))
                        .map(other -> SampleLimits.barcodeTaken(clean(barcode), other)),
                () -> materialId == null
                                || state.material(materialId)
                                        .filter(material -> material.deletedAt() == null)
                                        .isPresent()
                        ? pass()
                        : fail(RejectionCode.NOT_FOUND, "The material was not found in this organization"));
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Sample sample = new Sample(
                sampleId,
                state.organizationId(),
                clean(name),
                clean(barcode),
                materialId,
                clean(location),
                SampleStatus.RECEIVED,
                clean(notes),
                null,
                meta.authorId(),
                now,
                now,
                null,
                1,
                null,
                null);
        return List.of(new RowChange.Inserted(sample));
    }
}
