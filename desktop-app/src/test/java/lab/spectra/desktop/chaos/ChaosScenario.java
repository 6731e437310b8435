package lab.spectra.desktop.chaos;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import lab.spectra.desktop.store.DatabaseOpener;
import lab.spectra.desktop.sync.SyncEngine;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.auth.Role;
import lab.spectra.model.calibration.RevokeCalibration;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.custody.CustodyEvent;
import lab.spectra.model.custody.RecordCustodyEvent;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.recipe.ApproveRecipe;
import lab.spectra.model.recipe.CreateRecipe;
import lab.spectra.model.recipe.EditRecipeDraft;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.recipe.SubmitRecipe;
import lab.spectra.model.run.FinishRun;
import lab.spectra.model.run.RecordResult;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.RunStatus;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.sample.EditSample;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.SampleStatus;
import lab.spectra.server.testing.ServerLab;

/**
 * One seeded scenario (issue 21): a fresh organization on the real server, three benches (an
 * engineer, a technician and an admin, each behind its own faulty network), and a sequence of steps
 * the seed draws — a command made on a bench from what that bench holds, a sync, a fault, or the
 * lab's office revoking or renewing a calibration. The same seed draws the same steps; ids and the
 * server's timing are not drawn, so a replay repeats the workload and faults, not every byte.
 * At the end every bench comes back, syncs until nothing is pending, and the invariants are checked.
 */
final class ChaosScenario {

    static final int STEPS = 40;
    static final int LEAST_COMMANDS = 30;
    static final int LEAST_FAULTS = 2;

    private static final String[] CUSTODIANS = {"Store", "Ana", "Ben", "Chen", "Dara"};
    private static final SampleStatus[] STATUSES = {SampleStatus.AVAILABLE, SampleStatus.ON_HOLD, SampleStatus.IN_USE};

    private final long seed;
    private final Random random;
    private final SyncTestbed testbed;
    private final DatabaseOpener databases;
    private final ServerLab lab;
    private final ServerLab.Org org;
    private final ChaosTally.Scenario tally;
    private final List<ChaosBench> benches = new ArrayList<>();
    private final List<UUID> samples = new ArrayList<>();
    private final List<UUID> runs = new ArrayList<>();
    private final UUID instrument;
    private final UUID recipe;
    /** A draft that benches edit, submit and approve at once: approvals racing edits. */
    private final UUID draft;

    private UUID calibration;
    private boolean calibrationValid = true;
    private int faults;

    ChaosScenario(SyncTestbed testbed, DatabaseOpener databases, long seed, ChaosTally.Scenario tally) {
        this.databases = databases;
        this.seed = seed;
        this.random = new Random(seed);
        this.testbed = testbed;
        this.lab = testbed.lab;
        this.tally = tally;
        this.org = testbed.newOrganization("chaos");
        Instant now = Instant.now();
        instrument = lab.instrument(org, "SMU " + org.organization().slug(), InstrumentKind.SMU);
        calibration = lab.calibrate(org, instrument, now.minus(Duration.ofDays(10)), now.plus(Duration.ofDays(200)));
        recipe = lab.approvedRecipe(org, "IV sweep", InstrumentKind.SMU);
        CreateRecipe createDraft = new CreateRecipe(
                lab.meta(org.engineer()),
                Ids.newId(),
                "CV sweep",
                InstrumentKind.SMU,
                JsonObjects.empty().put("start_v", -2),
                null,
                null);
        ServerLab.expectApplied(lab.run(createDraft, org.engineer()));
        draft = createDraft.recipeId();
        for (int i = 0; i < 3; i++) {
            samples.add(lab.sample(org, "FIX-" + i));
        }
    }

    /** Runs the steps and the final convergence; answers what broke, empty when every invariant held. */
    List<String> run() {
        try {
            benches.add(new ChaosBench(testbed, databases, "engineer", List.of(person("engineer", Role.ENGINEER))));
            benches.add(new ChaosBench(testbed, databases, "technician", List.of(person("tech", Role.TECHNICIAN))));
            // A shared bench: the admin and the PI take turns, each leaving a queue for the other to send.
            benches.add(new ChaosBench(
                    testbed, databases, "shared", List.of(person("admin", Role.ADMIN), person("pi", Role.PI))));
            for (ChaosBench bench : benches) {
                bench.start();
            }
            for (int step = 0; step < STEPS || tally.commandsMade() < LEAST_COMMANDS; step++) {
                step();
            }
            while (faults < LEAST_FAULTS) {
                fault(benches.get(random.nextInt(benches.size())));
            }
            converge();
            if (benches.stream().anyMatch(bench -> bench.network.copiesDelivered() > 0)) {
                tally.fault("copy of a push answered by the server");
            }
            return new ScenarioInvariants(lab, org, benches).check();
        } catch (RuntimeException e) {
            return List.of("seed " + seed + ": the scenario itself failed: " + e);
        } finally {
            benches.forEach(ChaosBench::close);
        }
    }

    private ChaosBench.Person person(String who, Role role) {
        return new ChaosBench.Person(SyncTestbed.email(org, who), role);
    }

    private void step() {
        ChaosBench bench = benches.get(random.nextInt(benches.size()));
        int draw = random.nextInt(100);
        if (draw < 78) {
            command(bench);
        } else if (draw < 87) {
            tally.fault("sync");
            bench.sync();
        } else if (draw < 89) {
            office();
        } else {
            fault(bench);
        }
    }

    private void fault(ChaosBench bench) {
        faults++;
        switch (random.nextInt(11)) {
            case 0 -> {
                if (bench.offline()) {
                    tally.fault("back online");
                    bench.comeOnline();
                    faults--;
                } else {
                    tally.fault("network down");
                    bench.goOffline();
                }
            }
            case 1 -> {
                tally.fault("answer lost after the server committed");
                bench.network.cutAnswerAfter(0);
                bench.sync();
                bench.network.cutAnswerAfter(-1);
            }
            case 2 -> {
                tally.fault("pull cut mid-page");
                bench.network.cutAnswersAfterBytes(200 + random.nextInt(4_000));
                bench.sync();
                bench.network.cutAnswersAfterBytes(-1);
            }
            case 3 -> {
                tally.fault("server error answered by a proxy");
                bench.network.mode(FaultyProxy.Mode.SERVER_ERROR);
                bench.sync();
                if (bench.offline()) {
                    bench.goOffline();
                } else {
                    bench.comeOnline();
                }
            }
            case 4 -> {
                tally.fault("bench restarted");
                bench.restart();
            }
            case 5 -> {
                tally.fault("clock set back a day");
                bench.clock.skew(Duration.ofDays(-1));
            }
            case 6 -> {
                tally.fault("clock an hour ahead");
                bench.clock.skew(Duration.ofHours(1));
            }
            case 7 -> {
                if (bench.changeShift()) {
                    tally.fault("shift change on a shared bench");
                } else {
                    tally.fault("clock right again");
                    bench.clock.skew(Duration.ZERO);
                }
            }
            case 9 -> {
                tally.fault("push delivered twice at once");
                bench.network.deliverNextPushTwice();
                bench.sync();
            }
            case 10 -> {
                tally.fault("push delivered again later");
                bench.network.holdCopyOfNextPush();
                bench.sync();
            }
            default -> {
                tally.fault("request repeated after a lost answer");
                bench.network.cutAnswerAfter(0);
                bench.sync();
                bench.network.cutAnswerAfter(-1);
                bench.sync();
            }
        }
    }

    /** The lab's office, on the server: a calibration revoked while benches may be offline, or renewed. */
    private void office() {
        if (calibrationValid) {
            tally.command("RevokeCalibration (office)");
            lab.run(new RevokeCalibration(lab.meta(org.admin()), calibration, "Out of tolerance"), org.admin());
            calibrationValid = false;
        } else {
            tally.command("RecordCalibration (office)");
            Instant now = Instant.now();
            calibration = lab.calibrate(org, instrument, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(100)));
            calibrationValid = true;
        }
    }

    private void command(ChaosBench bench) {
        Workstation workstation = bench.workstation();
        Optional<Command> command = Optional.empty();
        for (int attempt = 0; attempt < 4 && command.isEmpty(); attempt++) {
            command = draw(bench, workstation);
        }
        if (command.isEmpty()) {
            return;
        }
        String type = command.get().getClass().getSimpleName();
        tally.made(type);
        Outcome outcome = workstation.commands().execute(command.get());
        if (outcome instanceof Applied) {
            bench.made.add(new CheckedBench.Made(command.get(), bench.name, bench.role()));
            if (command.get() instanceof CreateSample created) {
                samples.add(created.sampleId());
            } else if (command.get() instanceof StartRun started) {
                runs.add(started.runId());
            }
        } else {
            tally.command(type + " refused on the bench");
        }
    }

    private Optional<Command> draw(ChaosBench bench, Workstation workstation) {
        boolean engineerOrAbove = bench.role() != Role.TECHNICIAN;
        int kind = random.nextInt(10);
        if (kind >= 7) {
            return recipeWork(bench, workstation, kind);
        }
        if (kind == 0 && engineerOrAbove) {
            String barcode = "CH-" + random.nextInt(12);
            return Optional.of(new CreateSample(
                    workstation.newMeta(bench.userId()),
                    Ids.newId(),
                    "Chaos sample " + barcode,
                    barcode,
                    null,
                    "Bench " + bench.name,
                    null));
        }
        Optional<Sample> sample = localSample(workstation);
        if (sample.isEmpty()) {
            return Optional.empty();
        }
        Sample current = sample.get();
        if (kind == 1 && engineerOrAbove) {
            return Optional.of(new EditSample(
                    workstation.newMeta(bench.userId()),
                    current.id(),
                    null,
                    null,
                    new FieldChange<>(current.location(), "Shelf " + random.nextInt(5)),
                    null,
                    null,
                    null,
                    null));
        }
        if (kind == 2 && engineerOrAbove) {
            SampleStatus to = STATUSES[random.nextInt(STATUSES.length)];
            if (to == current.status()) {
                return Optional.empty();
            }
            return Optional.of(new EditSample(
                    workstation.newMeta(bench.userId()),
                    current.id(),
                    null,
                    null,
                    null,
                    new FieldChange<>(current.status(), to),
                    null,
                    null,
                    "Chaos status change"));
        }
        if (kind == 3) {
            String from = workstation
                    .read(state -> state.latestCustodyEvent(current.id()))
                    .map(CustodyEvent::toCustodian)
                    .orElse("Store");
            String to = CUSTODIANS[random.nextInt(CUSTODIANS.length)];
            if (to.equals(from)) {
                return Optional.empty();
            }
            return Optional.of(new RecordCustodyEvent(
                    workstation.newMeta(bench.userId()),
                    Ids.newId(),
                    current.id(),
                    from,
                    to,
                    "Room " + random.nextInt(3),
                    "Hand-over"));
        }
        if (kind == 4) {
            return Optional.of(new StartRun(
                    workstation.newMeta(bench.userId()), Ids.newId(), recipe, instrument, current.id(), null));
        }
        Optional<Run> running = localRunningRun(workstation, bench.userId());
        if (running.isEmpty()) {
            return Optional.empty();
        }
        if (kind == 5) {
            return Optional.of(new RecordResult(
                    workstation.newMeta(bench.userId()),
                    Ids.newId(),
                    running.get().id(),
                    "resistance",
                    1.0 + random.nextInt(1000) / 10.0,
                    "ohm",
                    null,
                    null));
        }
        return Optional.of(
                new FinishRun(workstation.newMeta(bench.userId()), running.get().id()));
    }

    /** The draft's name edited, the draft submitted, or approved: whichever the bench's copy allows. */
    private Optional<Command> recipeWork(ChaosBench bench, Workstation workstation, int kind) {
        Optional<Recipe> found = workstation.read(state -> state.recipe(draft));
        if (found.isEmpty() || found.get().status() != ApprovalStatus.DRAFT || bench.role() == Role.TECHNICIAN) {
            return Optional.empty();
        }
        Recipe current = found.get();
        if (kind == 7) {
            return Optional.of(new EditRecipeDraft(
                    workstation.newMeta(bench.userId()),
                    draft,
                    new FieldChange<>(current.name(), "CV sweep " + random.nextInt(100)),
                    null,
                    null));
        }
        if (kind == 8) {
            return Optional.of(new SubmitRecipe(workstation.newMeta(bench.userId()), draft, current.rowVersion()));
        }
        if (bench.role() != Role.PI && bench.role() != Role.ADMIN) {
            return Optional.empty();
        }
        return Optional.of(new ApproveRecipe(
                workstation.newMeta(bench.userId()), draft, Ids.newId(), "Approved", current.rowVersion()));
    }

    private Optional<Sample> localSample(Workstation workstation) {
        UUID id = samples.get(random.nextInt(samples.size()));
        return workstation.read(state -> state.sample(id)).filter(found -> !found.deleted());
    }

    private Optional<Run> localRunningRun(Workstation workstation, UUID operator) {
        if (runs.isEmpty()) {
            return Optional.empty();
        }
        UUID id = runs.get(random.nextInt(runs.size()));
        return workstation
                .read(state -> state.run(id))
                .filter(run -> run.status() == RunStatus.RUNNING && operator.equals(run.operatorId()));
    }

    /**
     * Every bench comes back with its network whole, the copies of pushes held back on the way
     * arrive late, and every bench syncs until nothing is pending anywhere.
     */
    private void converge() {
        for (ChaosBench bench : benches) {
            bench.network.deliverHeldCopies();
            bench.network.awaitCopies();
            bench.network.cutAnswerAfter(-1);
            bench.network.cutAnswersAfterBytes(-1);
            bench.clock.skew(Duration.ZERO);
            bench.comeOnline();
        }
        // Done after a round in which no bench sent anything: every pull of it came after the last push.
        for (int round = 0; round < 5; round++) {
            boolean quiet = true;
            for (ChaosBench bench : benches) {
                SyncEngine.Report report = bench.sync();
                quiet &= report.succeeded() && report.pushed() == 0;
            }
            if (quiet) {
                return;
            }
        }
    }
}
