package lab.spectra.model.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Predicate;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.auth.Role;
import lab.spectra.model.calibration.RecordCalibration;
import lab.spectra.model.calibration.RevokeCalibration;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.custody.CustodyEvent;
import lab.spectra.model.custody.RecordCustodyEvent;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.recipe.ApproveRecipe;
import lab.spectra.model.recipe.CreateRecipe;
import lab.spectra.model.recipe.EditRecipeDraft;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.recipe.RejectRecipe;
import lab.spectra.model.recipe.RetireRecipe;
import lab.spectra.model.recipe.SubmitRecipe;
import lab.spectra.model.run.AbortRun;
import lab.spectra.model.run.FinishRun;
import lab.spectra.model.run.RecordResult;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.RunStatus;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.sample.DeleteSample;
import lab.spectra.model.sample.EditSample;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.SampleStatus;

/**
 * Turns {@link WorkStep}s into commands for one {@link Lab}, each against the state as it is when
 * its turn comes: what the author saw (a field's value, a row version) is mostly the current one
 * and sometimes stale, as it is for someone who opened a record a while ago. It remembers the ids
 * of everything the steps tried to create, accepted or not, so later steps act on them (or on
 * nothing, when the creation was refused: that is a step too).
 *
 * <p>The ids steps choose (commands, new records) are derived from the step's place in the
 * sequence, never drawn at random, so a seed jqwik prints replays the same steps; only the
 * {@link Lab}'s own fixture ids differ from one run to the next.
 */
public final class WorkStepCommands {

    /** A command and who sends it, with the deciding side's clock at that moment. */
    public record Attempt(WorkStep step, Actor sender, Command command, Instant deciderTime) {}

    private static final List<String> SAMPLE_NAMES = List.of("GaN-on-Si #1", "GaN-on-Si #2", "SiC die 7", "Blank");
    /** Few on purpose, the fixture's own among them, so that barcodes are taken now and then. */
    private static final List<String> BARCODES = List.of("S-0001", "S-0002", "S-0003", "S-0004");

    private static final List<String> LOCATIONS = List.of("Cabinet A", "Glovebox", "Bay 2", "Freezer -80");
    private static final List<String> CUSTODIANS = List.of("Receiving", "Tess", "Eli", "Cleanroom", "Metrology");
    private static final List<String> RECIPE_NAMES = List.of("IV sweep", "Transfer curve", "Breakdown", "Scan");

    private final Lab lab;
    private final Actor disabledEngineer;
    private final List<UUID> samples = new ArrayList<>();
    private final List<UUID> recipes = new ArrayList<>();
    private final List<UUID> runs = new ArrayList<>();
    private final List<UUID> custodyEvents = new ArrayList<>();
    private final List<UUID> results = new ArrayList<>();
    private final List<UUID> calibrations = new ArrayList<>();
    private final List<UUID> instruments = new ArrayList<>();
    private Instant clock = Lab.NOW;
    private int stepNumber;

    public WorkStepCommands(Lab lab) {
        this.lab = lab;
        this.disabledEngineer = new Actor(Ids.newId(), lab.organizationId, Role.ENGINEER, false, "Dan Disabled");
        samples.add(lab.sample.id());
        recipes.addAll(List.of(
                lab.approvedIvSweep.id(), lab.draftIvSweep.id(), lab.retiredIvSweep.id(), lab.approvedXrdScan.id()));
        calibrations.addAll(List.of(lab.smuCalibration.id(), lab.xrdCalibration.id()));
        instruments.addAll(List.of(lab.smu.id(), lab.xrd.id()));
    }

    /**
     * Lets steps name the other organization's records too (its runs as they are now), as a
     * tampered or confused client might: the rules must treat them as not there.
     */
    public WorkStepCommands alsoNaming(Lab otherOrganization) {
        samples.add(otherOrganization.sample.id());
        recipes.add(otherOrganization.approvedIvSweep.id());
        calibrations.add(otherOrganization.smuCalibration.id());
        instruments.add(otherOrganization.smu.id());
        otherOrganization.state.all(Run.class).forEach(run -> runs.add(run.id()));
        return this;
    }

    /** Everyone who sends or authors commands here, the disabled account included. */
    public List<Actor> people() {
        return List.of(lab.admin, lab.pi, lab.engineer, lab.technician, lab.viewer, disabledEngineer);
    }

    public Attempt next(WorkStep step, DomainState state) {
        stepNumber++;
        clock = clock.plusSeconds(step.secondsLater());
        Instant authoredAt = clock.minusSeconds(step.secondsBackdated());
        SplittableRandom dice = new SplittableRandom(step.dice());
        Actor sender = sender(step.who());
        Actor author = step.who() == WorkStep.Who.TECHNICIAN_SENDING_THE_PIS_WORK ? lab.pi : sender;
        CommandMeta meta = new CommandMeta(newId("command"), author.userId(), lab.workstationId, authoredAt);
        Command command = new StepDice(dice, state, meta).command(step.kind());
        return new Attempt(step, sender, command, clock);
    }

    private Actor sender(WorkStep.Who who) {
        return switch (who) {
            case ADMIN -> lab.admin;
            case PI -> lab.pi;
            case ENGINEER -> lab.engineer;
            case TECHNICIAN, TECHNICIAN_SENDING_THE_PIS_WORK -> lab.technician;
            case VIEWER -> lab.viewer;
            case DISABLED_ENGINEER -> disabledEngineer;
        };
    }

    private UUID newId(String purpose) {
        return UUID.nameUUIDFromBytes(("work step " + stepNumber + " " + purpose).getBytes(StandardCharsets.UTF_8));
    }

    /** The choices of one step, made with its dice against the state as it is now. */
    private final class StepDice {

        private final SplittableRandom dice;
        private final DomainState state;
        private final CommandMeta meta;

        StepDice(SplittableRandom dice, DomainState state, CommandMeta meta) {
            this.dice = dice;
            this.state = state;
            this.meta = meta;
        }

        Command command(WorkStep.Kind kind) {
            return switch (kind) {
                case CREATE_SAMPLE -> createSample();
                case EDIT_SAMPLE -> editSample();
                case DELETE_SAMPLE -> deleteSample();
                case RECORD_CUSTODY_EVENT -> custodyEvent();
                case CREATE_RECIPE -> createRecipe();
                case EDIT_RECIPE_DRAFT -> editRecipeDraft();
                case SUBMIT_RECIPE -> {
                    UUID id = recipeThatIs(ApprovalStatus.DRAFT);
                    yield new SubmitRecipe(meta, id, seenVersionOfRecipe(id));
                }
                case APPROVE_RECIPE -> {
                    UUID id = recipeThatIs(ApprovalStatus.DRAFT);
                    yield new ApproveRecipe(meta, id, newId("approval"), "looks right", seenVersionOfRecipe(id));
                }
                case REJECT_RECIPE -> {
                    UUID id = recipeThatIs(ApprovalStatus.DRAFT);
                    yield new RejectRecipe(meta, id, newId("approval"), "step too coarse", seenVersionOfRecipe(id));
                }
                case RETIRE_RECIPE -> {
                    UUID id = recipeThatIs(ApprovalStatus.APPROVED);
                    yield new RetireRecipe(meta, id, newId("approval"), "superseded", seenVersionOfRecipe(id));
                }
                case START_RUN -> startRun();
                case RECORD_RESULT -> recordResult();
                case FINISH_RUN -> new FinishRun(meta, runningRun());
                case ABORT_RUN -> new AbortRun(meta, runningRun(), chance(90) ? "probe needle broke" : " ");
                case RECORD_CALIBRATION -> recordCalibration();
                case REVOKE_CALIBRATION ->
                    new RevokeCalibration(meta, pick(calibrations), chance(95) ? "out of tolerance" : "");
            };
        }

        private Command createSample() {
            UUID id = created(samples, "sample");
            return new CreateSample(
                    meta,
                    id,
                    chance(95) ? pick(SAMPLE_NAMES) : "  ",
                    pick(BARCODES),
                    null,
                    chance(50) ? pick(LOCATIONS) : null,
                    null);
        }

        private Command editSample() {
            UUID id = liveSample();
            Optional<Sample> current = state.sample(id);
            FieldChange<String> name = chance(40)
                    ? new FieldChange<>(seen(current.map(Sample::name), SAMPLE_NAMES), pick(SAMPLE_NAMES))
                    : null;
            FieldChange<String> barcode =
                    chance(30) ? new FieldChange<>(seen(current.map(Sample::barcode), BARCODES), pick(BARCODES)) : null;
            FieldChange<String> location = chance(40)
                    ? new FieldChange<>(seen(current.map(Sample::location), LOCATIONS), pick(LOCATIONS))
                    : null;
            FieldChange<SampleStatus> status = chance(40)
                    ? new FieldChange<>(
                            seen(current.map(Sample::status), List.of(SampleStatus.values())),
                            pick(List.of(SampleStatus.values())))
                    : null;
            FieldChange<String> notes =
                    chance(30) ? new FieldChange<>(current.map(Sample::notes).orElse(null), "edge chipped") : null;
            return new EditSample(meta, id, name, barcode, location, status, notes, null, null);
        }

        private Command deleteSample() {
            UUID id = liveSample();
            long seen = state.sample(id).map(Sample::rowVersion).orElse(1L);
            return new DeleteSample(meta, id, "registered twice", chance(85) ? seen : seen + 1);
        }

        private Command custodyEvent() {
            UUID sampleId = liveSample();
            Optional<String> holder = state.latestCustodyEvent(sampleId).map(CustodyEvent::toCustodian);
            return new RecordCustodyEvent(
                    meta,
                    created(custodyEvents, "custody event"),
                    sampleId,
                    seen(holder, CUSTODIANS),
                    pick(CUSTODIANS),
                    chance(50) ? pick(LOCATIONS) : null,
                    null);
        }

        private Command createRecipe() {
            UUID id = created(recipes, "recipe");
            boolean forTheSmu = chance(75);
            ObjectNode parameters = forTheSmu ? sweep() : JsonObjects.empty().put("two_theta_start", 10.0);
            UUID basedOn = chance(25) ? pick(recipes) : null;
            return new CreateRecipe(
                    meta,
                    id,
                    pick(RECIPE_NAMES),
                    forTheSmu ? InstrumentKind.SMU : InstrumentKind.XRD,
                    parameters,
                    basedOn,
                    chance(20) ? List.of(lab.approvedSop.id()) : null);
        }

        private Command editRecipeDraft() {
            UUID id = recipeThatIs(ApprovalStatus.DRAFT);
            Optional<Recipe> current = state.recipe(id);
            FieldChange<String> name =
                    chance(50) ? new FieldChange<>(current.map(Recipe::name).orElse(null), pick(RECIPE_NAMES)) : null;
            FieldChange<ObjectNode> parameters = chance(60)
                    ? new FieldChange<>(
                            chance(85)
                                    ? current.map(Recipe::parameters).orElse(null)
                                    : JsonObjects.empty().put("start_v", 7.0),
                            sweep())
                    : null;
            return new EditRecipeDraft(meta, id, name, parameters, null);
        }

        /** A complete SMU sweep (so drafts can be submitted), its ends drawn, now and then a sweep that does not move. */
        private ObjectNode sweep() {
            double start = -dice.nextInt(1, 5);
            double stop = chance(90) ? dice.nextInt(1, 5) : start;
            return JsonObjects.empty()
                    .put("start_v", start)
                    .put("stop_v", stop)
                    .put("step_v", 0.1)
                    .put("compliance_a", 0.001);
        }

        /** The row version the person deciding was shown: mostly the current one, now and then an older one. */
        private Long seenVersionOfRecipe(UUID id) {
            long current = state.recipe(id).map(Recipe::rowVersion).orElse(1L);
            return chance(85) || current == 1 ? current : current - 1;
        }

        /** Mostly an approved recipe on an instrument of its kind, as people pick them; now and then anything. */
        private Command startRun() {
            UUID sampleId = liveSample();
            UUID recipeId = recipeThatIs(ApprovalStatus.APPROVED);
            Optional<InstrumentKind> kind = state.recipe(recipeId).map(Recipe::instrumentKind);
            List<UUID> ofThatKind = instruments.stream()
                    .filter(id -> state.instrument(id).map(Instrument::kind).equals(kind))
                    .toList();
            return new StartRun(
                    meta,
                    created(runs, "run"),
                    recipeId,
                    ofThatKind.isEmpty() || chance(15) ? pick(instruments) : pick(ofThatKind),
                    sampleId,
                    sampleId.equals(lab.sample.id()) && chance(30) ? lab.device.id() : null);
        }

        private UUID liveSample() {
            return preferring(
                    samples,
                    id -> state.sample(id).filter(sample -> !sample.deleted()).isPresent());
        }

        private UUID recipeThatIs(ApprovalStatus status) {
            return preferring(
                    recipes, id -> state.recipe(id).map(Recipe::status).equals(Optional.of(status)));
        }

        private UUID runningRun() {
            return preferring(runs, id -> state.run(id).map(Run::status).equals(Optional.of(RunStatus.RUNNING)));
        }

        /** One that fits, four times in five when there is one; any otherwise, refusals being steps too. */
        private UUID preferring(List<UUID> pool, Predicate<UUID> fits) {
            if (pool.isEmpty()) {
                return newId("nothing yet");
            }
            List<UUID> fitting = pool.stream().filter(fits).toList();
            return fitting.isEmpty() || chance(20) ? pick(pool) : pick(fitting);
        }

        /**
         * A threshold voltage (it feeds the fixture's chart still collecting its baseline) or an
         * on-resistance, now and then far enough off to raise an alert on the chart with limits.
         */
        private Command recordResult() {
            boolean onResistance = chance(50);
            return new RecordResult(
                    meta,
                    created(results, "result"),
                    runningRun(),
                    onResistance ? "on-resistance" : "threshold voltage",
                    onResistance ? 12.0 + (dice.nextDouble() - 0.5) * 6 : 0.3 + dice.nextDouble() * 0.2,
                    onResistance ? "ohm" : "V",
                    null,
                    null);
        }

        private Command recordCalibration() {
            Instant issuedAt = meta.authoredAt().minus(Duration.ofDays(dice.nextInt(0, 400)));
            Instant expiresAt = issuedAt.plus(Duration.ofDays(dice.nextInt(1, 400)));
            return new RecordCalibration(
                    meta,
                    created(calibrations, "calibration"),
                    pick(instruments),
                    "CERT-" + dice.nextInt(1, 8),
                    issuedAt,
                    expiresAt,
                    "Metrology Services",
                    null);
        }

        /** A new id, remembered for later steps; now and then one already named, refused if that record exists. */
        private UUID created(List<UUID> pool, String purpose) {
            if (!pool.isEmpty() && chance(4)) {
                return pick(pool);
            }
            UUID id = newId(purpose);
            pool.add(id);
            return id;
        }

        /** What the author saw: the current value mostly, another one when they looked a while ago. */
        private <T> T seen(Optional<T> current, List<T> others) {
            return current.isPresent() && chance(85) ? current.get() : pick(others);
        }

        private <T> T pick(List<T> from) {
            return from.get(dice.nextInt(from.size()));
        }

        private boolean chance(int percent) {
            return dice.nextInt(100) < percent;
        }
    }
}
