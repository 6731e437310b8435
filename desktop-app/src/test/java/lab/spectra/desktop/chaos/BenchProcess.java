package lab.spectra.desktop.chaos;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import lab.spectra.desktop.net.ServerUnreachableException;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Command;
import lab.spectra.model.protocol.CommandTypes;
import lab.spectra.model.protocol.DomainJson;

/**
 * A bench as a process of its own, for the kill -9 scenarios: it opens its workstation on its
 * files, signs its person in online (waiting for a server that is restarting), and then works
 * without end — local commands and syncs, seeded — until it is killed. It tells the test what it
 * does on standard output, one line each: {@code EXECUTING id} before a command's local
 * transaction, {@code MADE type json} once it committed, {@code SYNCING} and {@code SYNCED} around
 * a sync; so the test can kill it inside a local transaction, a push or a pull.
 */
final class BenchProcess {

    private final Workstation workstation;
    private final Random random;
    private final PersonsWork work;
    private final ObjectMapper mapper = DomainJson.newMapper();
    private UUID userId;

    private BenchProcess(
            Workstation workstation, long seed, boolean engineer, UUID instrument, UUID recipe, List<UUID> samples) {
        this.workstation = workstation;
        this.random = new Random(seed);
        this.work = new PersonsWork(random, engineer, instrument, recipe, samples, "K");
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
            Optional<Command> command = work.draw(workstation, userId);
            if (command.isEmpty()) {
                continue;
            }
            say("EXECUTING " + command.get().meta().commandId());
            if (workstation.commands().execute(command.get()) instanceof Applied) {
                work.made(command.get());
                say("MADE " + CommandTypes.wireName(command.get().getClass()) + " "
                        + mapper.writeValueAsString(command.get()));
            }
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
