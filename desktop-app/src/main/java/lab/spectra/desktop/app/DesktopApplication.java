package lab.spectra.desktop.app;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.firstrun.FirstRunController;
import lab.spectra.desktop.firstrun.FirstRunViewModel;
import lab.spectra.desktop.firstrun.LabSetup;
import lab.spectra.desktop.firstrun.LocalLab;
import lab.spectra.desktop.ui.Appearance;
import lab.spectra.desktop.ui.AppearanceFile;
import lab.spectra.desktop.ui.FxTaskRunner;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.SystemColorScheme;
import lab.spectra.desktop.ui.Theme;
import lab.spectra.desktop.ui.Views;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: a start-up screen, on a first start without a lab server the choice
 * between setting up this lab and exploring the demo, then sign-in, then the main window.
 */
public final class DesktopApplication extends Application {

    static final double MIN_WIDTH = 1280;
    static final double MIN_HEIGHT = 800;

    private final FxTaskRunner tasks = new FxTaskRunner();
    /** Run when no server is configured; the one place the app picks the server module's implementation. */
    private final LocalServer localServer = new EmbeddedServer();

    private DesktopAssembly assembly;
    // Set by the first-run setup (a background task), read when the sign-in screen is built.
    private volatile Optional<LabSetup> founder = Optional.empty();

    @Override
    public void start(Stage stage) {
        Label starting = new Label("Opening the local database…");
        Scene scene = new Scene(splash(starting), 1280, 800);
        Theme.apply(scene);
        stage.setTitle("SPECTRA-Lab Workstation");
        // The smallest bench screen the layouts are tested at (1280×800, nothing cut off).
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setScene(scene);
        stage.show();
        DesktopSettings configured = DesktopSettings.fromEnvironment();
        // The README's run command passes --demo: straight to the demo's sign-in, as before.
        DesktopSettings settings =
                getParameters().getRaw().contains("--demo") ? configured.withLocalLab(LocalLab.DEMO) : configured;
        boolean exitWhenShown = getParameters().getRaw().contains("--exit-when-shown");
        // The colours chosen on this PC, light until known (the system's setting takes a process to ask).
        tasks.run(
                () -> {
                    Appearance chosen = new AppearanceFile(settings.dataDirectory()).load();
                    return chosen.dark(chosen == Appearance.SYSTEM && SystemColorScheme.prefersDark());
                },
                Theme::useDark,
                failure -> {});
        if (settings.server().isPresent() || settings.localLab().isPresent()) {
            open(stage, scene, starting, settings, exitWhenShown);
            return;
        }
        // No lab server: this PC's lab if one was set up here, otherwise ask (first start).
        tasks.run(
                () -> localServer.hasLab(settings.dataDirectory()),
                hasLab -> {
                    if (hasLab) {
                        open(stage, scene, starting, settings.withLocalLab(LocalLab.LAB), exitWhenShown);
                    } else {
                        scene.setRoot(Views.load(new FirstRunController(new FirstRunViewModel(
                                setup -> {
                                    localServer.setUp(settings.dataDirectory(), setup);
                                    founder = Optional.of(setup);
                                },
                                tasks,
                                lab -> {
                                    scene.setRoot(splash(starting));
                                    open(stage, scene, starting, settings.withLocalLab(lab), exitWhenShown);
                                }))));
                    }
                },
                failure -> starting.setText("The workstation could not start: " + Problems.describe(failure)));
    }

    private static VBox splash(Label starting) {
        VBox splash = new VBox(16, new ProgressIndicator(), starting);
        splash.getStyleClass().add("splash");
        return splash;
    }

    private void open(Stage stage, Scene scene, Label starting, DesktopSettings settings, boolean exitWhenShown) {
        if (settings.server().isEmpty()) {
            boolean demo = settings.localLabOrDemo() == LocalLab.DEMO;
            stage.setTitle(
                    demo
                            ? "SPECTRA-Lab Workstation — DEMO (sample labs, public passwords)"
                            : "SPECTRA-Lab Workstation — this PC's lab");
        }
        signInWhileOpening(scene, starting, settings, exitWhenShown);
    }

    /**
     * The sign-in window needs nothing of the workstation to be drawn: it is shown at once, while
     * the workstation (its keys, the server link, Jackson, OkHttp, logging, and the built-in server
     * when no lab server is configured) opens in the background; signing in waits for that, which
     * is long done by the time a password is typed, and the built-in server's demo accounts are
     * listed once it has started (ADR 0036).
     */
    private void signInWhileOpening(Scene scene, Label starting, DesktopSettings settings, boolean exitWhenShown) {
        CompletableFuture<DesktopAssembly> opening = new CompletableFuture<>();
        tasks.run(
                () -> {
                    try {
                        DesktopAssembly opened =
                                DesktopAssembly.open(settings, tasks, localServer, address -> getHostServices()
                                        .showDocument(address.toString()));
                        opening.complete(opened);
                        return opened;
                    } catch (RuntimeException | Error e) {
                        opening.completeExceptionally(e);
                        throw e;
                    }
                },
                opened -> assembly = opened,
                failure -> couldNotStart(scene, starting, failure));
        // The founder is welcomed once: signing out later shows the plain sign-in.
        Optional<LabSetup> welcomed = founder;
        founder = Optional.empty();
        scene.setRoot(DesktopAssembly.loginViewWhileOpening(
                opening,
                tasks,
                (opened, user) -> {
                    assembly = opened;
                    scene.setRoot(main(scene, user));
                },
                welcomed));
        if (exitWhenShown) {
            reportShownAndExit();
        }
    }

    /** For the start-up measurement (installers/src/cds): report and leave once the sign-in window is on screen. */
    private void reportShownAndExit() {
        Platform.runLater(() -> {
            System.out.println("Sign-in window shown "
                    + ManagementFactory.getRuntimeMXBean().getUptime() + " ms after the JVM started");
            stop();
            System.exit(0);
        });
    }

    private void couldNotStart(Scene scene, Label starting, Throwable failure) {
        // Asked for here, not held: setting logging up would delay the first window.
        LoggerFactory.getLogger(DesktopApplication.class).error("The workstation could not start", failure);
        scene.setRoot(splash(starting));
        starting.setText("The workstation could not start: " + Problems.describe(failure));
    }

    private Parent signIn(Scene scene) {
        // The founder is welcomed once: signing out later shows the plain sign-in.
        Optional<LabSetup> welcomed = founder;
        founder = Optional.empty();
        return assembly.loginView(user -> scene.setRoot(main(scene, user)), welcomed);
    }

    /** The person's main window; built again when an admin changes their role. */
    private Parent main(Scene scene, CurrentUser user) {
        return assembly.mainView(
                user, () -> scene.setRoot(signIn(scene)), changed -> scene.setRoot(main(scene, changed)));
    }

    @Override
    public void stop() {
        tasks.close();
        if (assembly != null) {
            assembly.close();
        }
        Platform.exit();
    }
}
