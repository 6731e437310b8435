package lab.spectra.desktop.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.custody.CustodyEvent;
import lab.spectra.model.custody.RecordCustodyEvent;
import lab.spectra.model.id.Ids;
import lab.spectra.model.run.FinishRun;
import lab.spectra.model.run.RecordResult;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.RunStatus;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.sample.EditSample;
import lab.spectra.model.sample.Sample;

/**
 * What one person does next at a bench, drawn from a seed and made from what the bench holds: a new
 * sample, a sample moved, a hand-over, a run started, a result, a run finished. Shared by the scenarios
 * whose benches work at a person's pace (kill -9, rolling upgrade); it remembers the samples and runs
 * made so that later work can name them.
 */
final class PersonsWork {

    private static final String[] CUSTODIANS = {"Store", "Ana", "Ben", "Chen"};

    private final Random random;
    private final boolean engineerOrAbove;
    private final UUID instrument;
    private final UUID recipe;
    private final String barcodePrefix;
    private final List<UUID> samples;
    private final List<UUID> runs = new ArrayList<>();

    PersonsWork(
            Random random,
            boolean engineerOrAbove,
            UUID instrument,
            UUID recipe,
            List<UUID> samples,
            String barcodePrefix) {
        this.random = random;
        this.engineerOrAbove = engineerOrAbove;
        this.instrument = instrument;
        this.recipe = recipe;
        this.samples = new ArrayList<>(samples);
        this.barcodePrefix = barcodePrefix;
    }

    /** The next command, or empty when what was drawn does not fit what the bench holds now. */
    Optional<Command> draw(Workstation workstation, UUID author) {
        int kind = random.nextInt(6);
        if (kind == 0 && engineerOrAbove) {
            String barcode = barcodePrefix + "-" + random.nextInt(10);
            return Optional.of(new CreateSample(
                    workstation.newMeta(author), Ids.newId(), "Sample " + barcode, barcode, null, "Bench", null));
        }
        UUID sampleId = samples.get(random.nextInt(samples.size()));
        Optional<Sample> sample =
                workstation.read(state -> state.sample(sampleId)).filter(found -> !found.deleted());
        if (sample.isEmpty()) {
            return Optional.empty();
        }
        if (kind == 1 && engineerOrAbove) {
            return Optional.of(new EditSample(
                    workstation.newMeta(author),
                    sampleId,
                    null,
                    null,
                    new FieldChange<>(sample.get().location(), "Shelf " + random.nextInt(4)),
                    null,
                    null,
                    null,
                    null));
        }
        if (kind == 2) {
            String from = workstation
                    .read(state -> state.latestCustodyEvent(sampleId))
                    .map(CustodyEvent::toCustodian)
                    .orElse("Store");
            String to = CUSTODIANS[random.nextInt(CUSTODIANS.length)];
            return to.equals(from)
                    ? Optional.empty()
                    : Optional.of(new RecordCustodyEvent(
                            workstation.newMeta(author), Ids.newId(), sampleId, from, to, "Lab", "Hand-over"));
        }
        if (kind == 3) {
            return Optional.of(
                    new StartRun(workstation.newMeta(author), Ids.newId(), recipe, instrument, sampleId, null));
        }
        Optional<Run> running = runs.isEmpty()
                ? Optional.empty()
                : workstation
                        .read(state -> state.run(runs.get(random.nextInt(runs.size()))))
                        .filter(run -> run.status() == RunStatus.RUNNING);
        if (running.isEmpty()) {
            return Optional.empty();
        }
        return kind == 4
                ? Optional.of(new RecordResult(
                        workstation.newMeta(author),
                        Ids.newId(),
                        running.get().id(),
                        "resistance",
                        1.0 + random.nextInt(100),
                        "ohm",
                        null,
                        null))
                : Optional.of(
                        new FinishRun(workstation.newMeta(author), running.get().id()));
    }

    /** Remembers what an applied command made, for later work to name. */
    void made(Command command) {
        if (command instanceof CreateSample created) {
            samples.add(created.sampleId());
        } else if (command instanceof StartRun started) {
            runs.add(started.runId());
        }
    }
}
