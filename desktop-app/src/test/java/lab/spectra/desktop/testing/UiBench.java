package lab.spectra.desktop.testing;

import java.net.URI;
import java.time.Duration;
import lab.spectra.desktop.app.Screens;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.lockout.InstrumentLockouts;
import lab.spectra.desktop.session.WorkSession;
import lab.spectra.desktop.shell.MainViewModel;
import lab.spectra.desktop.sync.Backoff;
import lab.spectra.desktop.sync.BenchReads;
import lab.spectra.desktop.sync.SyncScheduler;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.server.testing.ServerLab;

/**
 * A signed-in, synced workstation for a UI test: a person of a test organization on the real
 * server, and its screens wired as the app wires them. Background work runs on a worker thread
 * while the calling thread (the FX thread in a TestFX test) waits for it.
 */
public final class UiBench implements AutoCloseable {

    public final Workstation workstation;
    public final WorkSession session;
    public final SyncScheduler scheduler;
    /** Builds the screens' view models from {@link #session}, as the app does. */
    public final Screens screens;

    private final WorkerThreadTaskRunner tasks = new WorkerThreadTaskRunner();

    private UiBench(Workstation workstation, CurrentUser user) {
        this.workstation = workstation;
        this.scheduler = new SyncScheduler(
                workstation.sync(), new Backoff(Duration.ofMillis(50), Duration.ofMillis(500)), Duration.ofHours(1));
        this.session = new WorkSession(
                user,
                workstation,
                tasks,
                new LocalData(),
                scheduler,
                new InstrumentLockouts(new BenchReads(workstation.commands()), workstation.clock()));
        this.screens = new Screens(session);
    }

    /**
     * Signs a demo person in on a fresh bench.
     *
     * @param who admin, pi, engineer, tech or viewer
     */
    public static UiBench signIn(ServerLab.Org org, String who) {
        return signIn(org, who, SyncTestbed.get().serverUri());
    }

    /** Through another address, e.g. a {@link FaultyProxy} in front of the server. */
    public static UiBench signIn(ServerLab.Org org, String who, URI server) {
        SyncTestbed testbed = SyncTestbed.get();
        Workstation workstation = testbed.newWorkstation(server);
        ServerSession signedIn = workstation.signIn(SyncTestbed.email(org, who), SyncTestbed.PASSWORD);
        workstation.sync().syncNow();
        return new UiBench(
                workstation,
                new CurrentUser(
                        signedIn.userId(),
                        signedIn.email(),
                        signedIn.displayName(),
                        signedIn.role(),
                        org.organization().name(),
                        true));
    }

    /** A bench a person signed in on already (e.g. through the sign-in screen), with its screens. */
    public static UiBench of(Workstation workstation, CurrentUser user) {
        return new UiBench(workstation, user);
    }

    public MainViewModel main() {
        return screens.main(() -> {});
    }

    @Override
    public void close() {
        scheduler.close();
        tasks.close();
        workstation.close();
    }
}
