package lab.spectra.desktop.app;

import atlantafx.base.theme.PrimerLight;
import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.ui.FxTaskRunner;
import lab.spectra.desktop.ui.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: a start-up screen, then sign-in, then the main window. */
public final class DesktopApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApplication.class);

    private final FxTaskRunner tasks = new FxTaskRunner();
    /** Run when no server is configured; the one place the app picks the server module's implementation. */
    private final LocalServer localServer = new EmbeddedServer();

    private DesktopAssembly assembly;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Label starting = new Label("Opening the local database…");
        VBox splash = new VBox(16, new ProgressIndicator(), starting);
        splash.getStyleClass().add("splash");
        Scene scene = new Scene(splash, 1280, 800);
        scene.getStylesheets()
                .add(DesktopApplication.class
                        .getResource("/lab/spectra/desktop/ui/app.css")
                        .toExternalForm());
        stage.setTitle("SPECTRA-Lab Workstation");
        stage.setScene(scene);
        stage.show();
        DesktopSettings settings = DesktopSettings.fromEnvironment();
        if (settings.server().isEmpty()) {
            starting.setText("Starting the built-in demo server…");
        }
        boolean exitWhenShown = getParameters().getRaw().contains("--exit-when-shown");
        tasks.run(
                () -> DesktopAssembly.open(settings, tasks, localServer),
                opened -> {
                    assembly = opened;
                    scene.setRoot(signIn(scene));
                    if (exitWhenShown) {
                        // For the start-up measurement (installers/src/cds): report and leave once the
                        // sign-in window is on screen.
                        Platform.runLater(() -> {
                            System.out.println("Sign-in window shown "
                                    + ManagementFactory.getRuntimeMXBean().getUptime() + " ms after the JVM started");
                            stop();
                            System.exit(0);
                        });
                    }
                },
                failure -> {
                    LOG.error("The workstation could not start", failure);
                    starting.setText("The workstation could not start: " + Problems.describe(failure));
                });
    }

    private Parent signIn(Scene scene) {
        return assembly.loginView(user -> scene.setRoot(main(scene, user)));
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
