package lab.spectra.desktop.chaos;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.net.ServerErrorException;
import lab.spectra.desktop.net.ServerLink;
import lab.spectra.desktop.store.DatabaseOpener;
import lab.spectra.desktop.sync.SyncEngine;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.auth.Role;
import lab.spectra.model.protocol.DomainJson;

/**
 * One bench of a chaos scenario: a real workstation with its own H2 files, reaching the real
 * server only through its own faulty network, and the person signed in at it. It remembers every
 * command it applied locally, for the invariants to account for each one at the end.
 */
final class ChaosBench implements CheckedBench, AutoCloseable {

    /** Someone who works at this bench; a shared bench has two, taking turns. */
    record Person(String email, Role role) {}

    final String name;
    final List<Person> people;
    final SkewableClock clock = new SkewableClock();
    final FaultyProxy network;
    final List<Made> made = new ArrayList<>();
    private final Path directory;
    private Workstation workstation;
    private UUID userId;
    private int current;
    private boolean offline;

    private final DatabaseOpener databases;

    ChaosBench(SyncTestbed testbed, DatabaseOpener databases, String name, List<Person> people) {
        this(testbed.serverUri(), databases, name, people);
    }

    /** A bench whose network leads to {@code server}: one server, or the balancer in front of several. */
    ChaosBench(URI server, DatabaseOpener databases, String name, List<Person> people) {
        this.databases = databases;
        this.name = name;
        this.people = List.copyOf(people);
        this.network = new FaultyProxy(server);
        this.directory = SyncTestbed.newDataDirectory();
        this.workstation = open();
    }

    private Workstation open() {
        return Workstation.open(directory, new ServerLink(network.uri(), DomainJson.newMapper()), clock, databases);
    }

    /** Signs the first person in online and takes the first sync. */
    void start() {
        signIn();
        workstation.sync().syncNow();
    }

    /**
     * Signs the person in online. Scenarios side by side sign many people in at once, and the server
     * checks only a few passwords at a time, answering the rest "busy, try again in a second": the
     * person does just that.
     */
    private void signIn() {
        for (int attempt = 1; ; attempt++) {
            try {
                ServerSession session = workstation.signIn(person().email(), SyncTestbed.PASSWORD);
                userId = session.userId();
                return;
            } catch (ServerErrorException e) {
                if (e.status() != 503 || attempt == 50) {
                    throw e;
                }
                pause(Duration.ofMillis(100L * Math.min(attempt, 5)));
            }
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to sign in again", e);
        }
    }

    Person person() {
        return people.get(current);
    }

    Role role() {
        return person().role();
    }

    /**
     * The next person of a shared bench takes over: the one before signs out with their queue
     * still pending, which goes with whoever syncs next (a bench offline is first brought back).
     */
    boolean changeShift() {
        if (people.size() < 2) {
            return false;
        }
        comeOnline();
        workstation.signOut(userId);
        current = (current + 1) % people.size();
        signIn();
        return true;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Made> made() {
        return made;
    }

    @Override
    public Workstation workstation() {
        return workstation;
    }

    UUID userId() {
        return userId;
    }

    boolean offline() {
        return offline;
    }

    void goOffline() {
        offline = true;
        network.mode(FaultyProxy.Mode.DOWN);
    }

    void comeOnline() {
        offline = false;
        network.mode(FaultyProxy.Mode.PASS);
    }

    SyncEngine.Report sync() {
        return workstation.sync().syncNow();
    }

    /**
     * The PC restarts: the workstation is closed as the app would be and opened again on the same
     * files, and the person signs in again (online; a bench offline is first brought back).
     */
    void restart() {
        workstation.close();
        workstation = open();
        comeOnline();
        signIn();
    }

    /** Closes the workstation and the network, and removes the bench's files. */
    @Override
    public void close() {
        workstation.close();
        network.close();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (java.io.IOException e) {
            // a scenario's leftovers in the temporary folder; the next scenarios do not need them gone
        }
    }
}
