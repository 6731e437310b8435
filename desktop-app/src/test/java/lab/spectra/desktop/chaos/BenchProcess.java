package lab.spectra.desktop.chaos;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import lab.spectra.desktop.net.ServerUnreachableException;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.custody.CustodyEvent;
import lab.spectra.model.custody.RecordCustodyEvent;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.CommandTypes;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.model.run.FinishRun;
import lab.spectra.model.run.RecordResult;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.RunStatus;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.sample.EditSample;
import lab.spectra.model.sample.Sample;

/**
 * A bench as a process of its own, for the kill -9 scenarios: it opens its workstation on its
 * files, signs its person in online (waiting for a server that is restarting), and then works
 * without end — local commands and syncs, seeded — until it is killed. It tells the test what it
 * does on standard output, one line each: {@code EXECUTING id} before a command's local
 * transaction, {@code MADE type json} once it committed, {@code SYNCING} and {@code SYNCED} around
 * a sync; so the test can kill it inside a local transaction, a push or a pull.
 */
final class BenchProcess {

    private static final String[] CUSTODIANS = {"Store", "Ana", "Ben", "Chen"};

    private final Workstation workstation;
    private final Random random;
    private final boolean engineer;
    private final UUID instrument;
    private final UUID recipe;
    private final List<UUID> samples;
    private final List<UUID> runs = new ArrayList<>();
    private final ObjectMapper mapper = DomainJson.newMapper();
    private UUID userId;

    private BenchProcess(
            Workstation workstation, long seed, boolean engineer, UUID instrument, UUID recipe, List<UUID> samples) {
        this.workstation = workstation;
        this.random = new Random(seed);
        this.engineer = engineer;
        this.instrument = instrument;
        this.recipe = recipe;
        this.samples = new ArrayList<>(samples);
    }

    /** Arguments: data directory, server, e-mail, password, seed, role (engineer|technician), instrument, recipe, samples (comma-separated). */
    public static void main(String[] args) throws Exception {
        Workstation workstation = Workstation.open(Path.of(args[0]), URI.create(args[1]));
        BenchProcess bench = new BenchProcess(
                workstation,
                Long.parseLong(args[4]),
                args[5].equals("engineer"),
                UUID.fromString(args[6]),
                UUID.fromString(args[7]),
                Arrays.stream(args[8].split(",")).map(UUID::fromString).toList());
        bench.signIn(args[2], args[3]);
        say("READY");
        bench.work();
    }

    private void signIn(String email, String password) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            try {
                userId = workstation.signIn(email, password).userId();
                return;
            } catch (ServerUnreachableException e) {
                // The server is being restarted (or busy hashing): a person tries again a moment later.
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    private void work() throws Exception {
        while (true) {
            // A person's pace, roughly: a few actions a second, not hundreds.
            Thread.sleep(10 + random.nextInt(40));
            if (random.nextInt(3) == 0) {
                say("SYNCING");
                try {
                    workstation.sync().syncNow();
                } catch (RuntimeException e) {
                    say("SYNC-FAILED " + e.getClass().getSimpleName());
                }
                say("SYNCED");
                continue;
            }
            Optional<Command> command = draw();
            if (command.isEmpty()) {
                continue;
            }
            say("EXECUTING " + command.get().meta().commandId());
            if (workstation.commands().execute(command.get()) instanceof Applied) {
                if (command.get() instanceof CreateSample created) {
                    samples.add(created.sampleId());
                } else if (command.get() instanceof StartRun started) {
                    runs.add(started.runId());
                }
                say("MADE " + CommandTypes.wireName(command.get().getClass()) + " "
                        + mapper.writeValueAsString(command.get()));
            }
        }
    }

    private Optional<Command> draw() {
        int kind = random.nextInt(6);
        if (kind == 0 && engineer) {
            String barcode = "K-" + random.nextInt(10);
            return Optional.of(new CreateSample(
                    workstation.newMeta(userId), Ids.newId(), "Killed " + barcode, barcode, null, "Bench", null));
        }
        UUID sampleId = samples.get(random.nextInt(samples.size()));
        Optional<Sample> sample =
                workstation.read(state -> state.sample(sampleId)).filter(found -> !found.deleted());
        if (sample.isEmpty()) {
            return Optional.empty();
        }
        if (kind == 1 && engineer) {
            return Optional.of(new EditSample(
                    workstation.newMeta(userId),
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
                            workstation.newMeta(userId), Ids.newId(), sampleId, from, to, "Lab", "Hand-over"));
        }
        if (kind == 3) {
            return Optional.of(
                    new StartRun(workstation.newMeta(userId), Ids.newId(), recipe, instrument, sampleId, null));
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
                        workstation.newMeta(userId),
                        Ids.newId(),
                        running.get().id(),
                        "resistance",
                        1.0 + random.nextInt(100),
                        "ohm",
                        null,
                        null))
                : Optional.of(
                        new FinishRun(workstation.newMeta(userId), running.get().id()));
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
