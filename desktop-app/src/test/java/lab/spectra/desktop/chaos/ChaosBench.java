package lab.spectra.desktop.chaos;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.sync.SyncEngine;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.auth.Role;
import lab.spectra.model.command.Command;

/**
 * One bench of a chaos scenario: a real workstation with its own H2 files, reaching the real
 * server only through its own faulty network, and the person signed in at it. It remembers every
 * command it applied locally, for the invariants to account for each one at the end.
 */
final class ChaosBench implements AutoCloseable {

    /** A command the bench applied locally, and who made it. */
    record Made(Command command, String bench, Role role) {}

    final String name;
    final String email;
    final Role role;
    final FaultyProxy network;
    final List<Made> made = new ArrayList<>();
    private final Path directory;
    private Workstation workstation;
    private UUID userId;
    private boolean offline;

    ChaosBench(SyncTestbed testbed, String name, String email, Role role) {
        this.name = name;
        this.email = email;
        this.role = role;
        this.network = new FaultyProxy(testbed.serverUri());
        this.directory = SyncTestbed.newDataDirectory();
        this.workstation = Workstation.open(directory, network.uri());
    }

    /** Signs the person in online and takes the first sync. */
    void start() {
        ServerSession session = workstation.signIn(email, SyncTestbed.PASSWORD);
        userId = session.userId();
        workstation.sync().syncNow();
    }

    Workstation workstation() {
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
        workstation = Workstation.open(directory, network.uri());
        comeOnline();
        ServerSession session = workstation.signIn(email, SyncTestbed.PASSWORD);
        userId = session.userId();
    }

    @Override
    public void close() {
        workstation.close();
        network.close();
    }
}
