package lab.spectra.model.sample;

import static lab.spectra.model.command.Checks.clean;
import static lab.spectra.model.command.Checks.pass;
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
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.RowChange;

public record CreateWafer(CommandMeta meta, UUID waferId, UUID sampleId, String label, Double diameterMm)
        implements Command {

    public CreateWafer {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.CREATE_WAFER;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        return Checks.inOrder(
                () -> required("Wafer id", waferId),
                () -> required("Sample", sampleId),
                () -> requiredText("Wafer label", label, SampleLimits.NAME),
                () -> diameterMm == null || (diameterMm > 0 && diameterMm <= 1000)
                        ? pass()
                        : Checks.fail(RejectionCode.INVALID_INPUT, "Wafer diameter must be between 0 and 1000 mm"),
                () -> state.wafer(waferId).map(existing -> Checks.alreadyExists("A wafer")),
                () -> state.sample(sampleId).filter(sample -> !sample.deleted()).isPresent()
                        ? pass()
                        : Optional.of(Checks.notFound("The sample")));
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Wafer wafer =
                new Wafer(waferId, state.organizationId(), sampleId, clean(label), diameterMm, null, now, now, null, 1);
        return List.of(new RowChange.Inserted(wafer));
    }
}
