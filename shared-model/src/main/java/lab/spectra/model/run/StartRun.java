package lab.spectra.model.run;

import static lab.spectra.model.command.Checks.required;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.availability.RunAvailability;
import lab.spectra.model.availability.RunRequest;
import lab.spectra.model.calibration.Calibration;
import lab.spectra.model.calibration.CalibrationLockout;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.RowChange;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.sample.Device;
import lab.spectra.model.sample.Sample;

/**
 * Starts a run at the author's time: an approved recipe, on an instrument of the
 * recipe's kind that is available then ({@link RunAvailability#toStart}: in service, its calibration in force, no requalification pending,
 * the operator qualified), on a sample (optionally one device of it). The run remembers the certificate it relied on and a copy of the recipe's parameters.
 */
public record StartRun(CommandMeta meta, UUID runId, UUID recipeId, UUID instrumentId, UUID sampleId, UUID deviceId)
        implements Command {

    public StartRun {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.START_RUN;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        Decision input = Checks.inOrder(
                () -> required("Run id", runId),
                () -> required("Recipe", recipeId),
                () -> required("Instrument", instrumentId),
                () -> required("Sample", sampleId),
                () -> state.run(runId).map(existing -> Checks.alreadyExists("A run")));
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        Optional<Instrument> instrument = state.instrument(instrumentId).filter(found -> found.deletedAt() == null);
        if (instrument.isEmpty()) {
            return Checks.notFound("The instrument");
        }
        Optional<Recipe> recipe = state.recipe(recipeId).filter(found -> found.deletedAt() == null);
        if (recipe.isEmpty()) {
            return Checks.notFound("The recipe");
        }
        Optional<Rejected> held = RunAvailability.toStart()
                .refusal(
                        new RunRequest(
                                meta.authorId(),
                                actor.displayName(),
                                instrument.get(),
                                recipe.get(),
                                meta.authoredAt()),
                        state);
        if (held.isPresent()) {
            return held.get();
        }
        Decision recipeCheck = checkRecipe(recipe.get(), instrument.get());
        if (!(recipeCheck instanceof Decision.Accepted)) {
            return recipeCheck;
        }
        return checkSpecimen(state);
    }

    private static Decision checkRecipe(Recipe recipe, Instrument instrument) {
        if (recipe.status() != ApprovalStatus.APPROVED) {
            return new Rejected(
                    RejectionCode.RECIPE_NOT_APPROVED,
                    "Recipe " + recipe.title() + " is "
                            + (recipe.status() == ApprovalStatus.DRAFT ? "a draft" : "retired")
                            + "; only approved recipes can be run");
        }
        if (recipe.instrumentKind() != instrument.kind()) {
            return new Rejected(
                    RejectionCode.INSTRUMENT_KIND_MISMATCH,
                    "Recipe " + recipe.title() + " is for "
                            + recipe.instrumentKind().withArticle() + ", but " + instrument.name() + " is "
                            + instrument.kind().withArticle());
        }
        return Decision.ACCEPTED;
    }

    private Decision checkSpecimen(DomainState state) {
        Optional<Sample> sample = state.sample(sampleId).filter(found -> !found.deleted());
        if (sample.isEmpty()) {
            return Checks.notFound("The sample");
        }
        if (deviceId == null) {
            return Decision.ACCEPTED;
        }
        Optional<Device> device = state.device(deviceId).filter(found -> found.deletedAt() == null);
        if (device.isEmpty()) {
            return Checks.notFound("The device");
        }
        boolean onThisSample = state.wafer(device.get().waferId())
                .filter(wafer -> wafer.sampleId().equals(sampleId))
                .isPresent();
        return onThisSample
                ? Decision.ACCEPTED
                : new Rejected(
                        RejectionCode.INVALID_INPUT,
                        "Device " + device.get().name() + " is not on sample "
                                + sample.get().name());
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Instrument instrument = state.instrument(instrumentId).orElseThrow();
        Recipe recipe = state.recipe(recipeId).orElseThrow();
        UUID calibrationId = CalibrationLockout.currentAt(
                        instrument, state.calibrationsOf(instrumentId), meta.authoredAt())
                .map(Calibration::id)
                .orElse(null);
        Run run = new Run(
                runId,
                state.organizationId(),
                recipeId,
                recipe.version(),
                instrumentId,
                calibrationId,
                sampleId,
                deviceId,
                meta.authorId(),
                RunStatus.RUNNING,
                meta.authoredAt(),
                null,
                null,
                null,
                recipe.parameters(),
                now,
                now,
                1);
        return List.of(new RowChange.Inserted(run));
    }
}
