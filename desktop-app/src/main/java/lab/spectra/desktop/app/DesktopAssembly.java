package lab.spectra.desktop.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Parent;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.auth.oidc.BrowserSignIn;
import lab.spectra.desktop.auth.oidc.SystemBrowser;
import lab.spectra.desktop.firstrun.LabSetup;
import lab.spectra.desktop.lockout.InstrumentLockouts;
import lab.spectra.desktop.login.DemoAccount;
import lab.spectra.desktop.login.LoginController;
import lab.spectra.desktop.login.LoginViewModel;
import lab.spectra.desktop.net.ServerLink;
import lab.spectra.desktop.session.WorkSession;
import lab.spectra.desktop.shell.AppearanceChoice;
import lab.spectra.desktop.sync.Backoff;
import lab.spectra.desktop.sync.BenchReads;
import lab.spectra.desktop.sync.LiveUpdates;
import lab.spectra.desktop.sync.SyncScheduler;
import lab.spectra.desktop.ui.AppearanceFile;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.desktop.ui.SystemColorScheme;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.desktop.ui.Views;
import lab.spectra.desktop.workstation.SignInService;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.org.OrganizationSettings;
import lab.spectra.model.protocol.DomainJson;

/**
 * The composition root of the desktop app: the one place that builds its parts and wires them.
 * The application, and the UI tests, go through it.
 */
public final class DesktopAssembly implements AutoCloseable {

    private final DesktopSettings settings;
    private final TaskRunner tasks;
    private final Optional<LocalServer.Running> localServer;
    private final Workstation workstation;
    private final SignInService signIn;
    /** Made with the first main window, on the JavaFX thread. */
    private AppearanceChoice appearance;

    private SyncScheduler scheduler;
    private LiveUpdates liveUpdates;
    /** Shows the sign-in screen again; set while a main window is shown. */
    private volatile Runnable backToSignIn = () -> {};
    /** The heavy screens' classes are loaded in the background once per run, after the first main window. */
    private boolean preloadingScreens;

    private DesktopAssembly(
            DesktopSettings settings,
            TaskRunner tasks,
            Optional<LocalServer.Running> localServer,
            Workstation workstation,
            SystemBrowser browser,
            ObjectMapper mapper) {
        this.settings = settings;
        this.tasks = tasks;
        this.localServer = localServer;
        this.workstation = workstation;
        this.signIn = new SignInService(
                workstation,
                settings.offlineGrace(),
                new BrowserSignIn(browser, mapper, BrowserSignIn.DEFAULT_TIMEOUT));
        workstation.onWiped(notice -> Platform.runLater(this::wiped));
    }

    /** The bench deleted its data (an admin revoked it): sync stops and the sign-in screen says why. */
    private void wiped() {
        stopSync();
        backToSignIn.run();
    }

    /**
     * Opens the local data and, when no server is configured, starts the local one with the demo
     * labs. Slow (database migration, demo data): call it off the JavaFX thread.
     *
     * @param localServer started only when the settings name no server
     */
    public static DesktopAssembly open(DesktopSettings settings, TaskRunner tasks, LocalServer localServer) {
        return open(settings, tasks, localServer, SystemBrowser.ofTheDesktop());
    }

    /** @param browser opens the lab's identity provider's sign-in page (JavaFX's host services in the app) */
    public static DesktopAssembly open(
            DesktopSettings settings, TaskRunner tasks, LocalServer localServer, SystemBrowser browser) {
        Optional<LocalServer.Running> local = settings.server().isPresent()
                ? Optional.empty()
                : Optional.of(localServer.start(settings.dataDirectory(), settings.localLabOrDemo()));
        URI server = settings.server().orElseGet(() -> local.orElseThrow().uri());
        try {
            // Refuses a plain http address of another machine before anything is opened.
            // One mapper for the link and the browser sign-in: each costs the start-up a Jackson set-up.
            ObjectMapper mapper = DomainJson.newMapper();
            ServerLink link = new ServerLink(server, mapper, settings.plainHttp());
            return new DesktopAssembly(
                    settings, tasks, local, Workstation.open(settings.benchDirectory(), link), browser, mapper);
        } catch (RuntimeException e) {
            local.ifPresent(LocalServer.Running::close);
            throw e;
        }
    }

    public Workstation workstation() {
        return workstation;
    }

    public Parent loginView(Consumer<CurrentUser> onSignedIn) {
        return loginView(onSignedIn, Optional.empty());
    }

    /** @param founder the first admin of a lab just set up here, welcomed by name on the sign-in screen */
    public Parent loginView(Consumer<CurrentUser> onSignedIn, Optional<LabSetup> founder) {
        LoginViewModel model = new LoginViewModel(signIn, tasks, demoAccounts(), onSignedIn);
        founder.ifPresent(setup -> model.welcomeFounder(setup.labName(), setup.adminEmail()));
        return Views.load(new LoginController(model));
    }

    /**
     * The sign-in screen of a bench whose lab server is configured, shown while the workstation
     * still opens (a cold start): it needs nothing of the workstation to be drawn, and what it asks
     * of it (in the background) waits for {@code opening}. Signing in hands over the opened assembly.
     *
     * @param opening completed with the assembly once it is open, or with why it could not open
     */
    public static Parent loginViewWhileOpening(
            CompletableFuture<DesktopAssembly> opening,
            TaskRunner tasks,
            BiConsumer<DesktopAssembly, CurrentUser> onSignedIn) {
        return loginViewWhileOpening(opening, tasks, onSignedIn, Optional.empty());
    }

    /**
     * As {@link #loginViewWhileOpening(CompletableFuture, TaskRunner, BiConsumer)}, for the built-in
     * server too: its demo accounts (none for a lab server or this PC's own lab) are listed once it
     * has started.
     *
     * @param founder the first admin of a lab just set up here, welcomed by name
     */
    public static Parent loginViewWhileOpening(
            CompletableFuture<DesktopAssembly> opening,
            TaskRunner tasks,
            BiConsumer<DesktopAssembly, CurrentUser> onSignedIn,
            Optional<LabSetup> founder) {
        LoginViewModel model = new LoginViewModel(
                () -> opening.join().signIn,
                tasks,
                () -> opening.join().demoAccounts(),
                user -> onSignedIn.accept(opening.join(), user)); // signed in: it is open
        founder.ifPresent(setup -> model.welcomeFounder(setup.labName(), setup.adminEmail()));
        return Views.load(new LoginController(model));
    }

    /** The built-in server's demo accounts; empty with a lab server and for this PC's own lab. */
    public List<DemoAccount> demoAccounts() {
        return localServer.map(LocalServer.Running::demoAccounts).orElse(List.of());
    }

    /** The main window of a signed-in person; starts background sync. */
    public Parent mainView(CurrentUser user, Runnable onSignedOut) {
        return mainView(user, onSignedOut, changed -> {});
    }

    /**
     * The main window of a signed-in person; starts background sync.
     *
     * @param onRoleChanged shows the main window again when an admin changed the person's role
     */
    public Parent mainView(CurrentUser user, Runnable onSignedOut, Consumer<CurrentUser> onRoleChanged) {
        backToSignIn = onSignedOut;
        if (scheduler == null) {
            scheduler = new SyncScheduler(workstation.sync(), Backoff.DEFAULT, settings.syncInterval());
            scheduler.start();
            liveUpdates = workstation.liveUpdates(scheduler);
            liveUpdates.start();
        }
        WorkSession session = new WorkSession(
                user,
                workstation,
                tasks,
                new LocalData(),
                scheduler,
                new InstrumentLockouts(
                        new BenchReads(workstation.commands()), workstation.clock(), calibrationWarning(user)));
        if (appearance == null) {
            appearance = new AppearanceChoice(
                    new AppearanceFile(settings.dataDirectory()), SystemColorScheme::prefersDark, tasks);
        }
        Screens screens =
                new Screens(session, localServer.flatMap(LocalServer.Running::backups), Optional.of(appearance));
        Parent main = screens.mainWindow(screens.main(onSignedOut, onRoleChanged));
        if (!preloadingScreens) {
            preloadingScreens = true;
            // After this window's first pulse: the loading never delays the window it prepares for.
            Platform.runLater(ScreenClassPreloader::start);
        }
        return main;
    }

    /** The lab's warning window, as the server last signed it for this person. */
    private Duration calibrationWarning(CurrentUser user) {
        return workstation
                .identities()
                .of(user.userId())
                .map(person -> person.snapshot().settings().calibrationWarning())
                .orElse(OrganizationSettings.DEFAULTS.calibrationWarning());
    }

    private void stopSync() {
        if (liveUpdates != null) {
            liveUpdates.close();
            liveUpdates = null;
        }
        if (scheduler != null) {
            scheduler.close();
            scheduler = null;
        }
    }

    @Override
    public void close() {
        stopSync();
        workstation.close();
        localServer.ifPresent(LocalServer.Running::close);
    }
}
