package lab.spectra.desktop.app;

import java.util.Arrays;
import javafx.application.Application;

/**
 * Starts the workstation. A main class that is not an {@code Application} lets JavaFX run from the
 * class path (no module path needed), as it does in the packaged app.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--self-test")) {
            System.exit(SelfTest.run(new EmbeddedServer(), System.out));
        }
        if (Arrays.asList(args).contains(AuditCheckpointExport.OPTION)) {
            System.exit(AuditCheckpointExport.run(DesktopSettings.fromEnvironment(), args, System.out));
        }
        Application.launch(DesktopApplication.class, args);
    }
}
