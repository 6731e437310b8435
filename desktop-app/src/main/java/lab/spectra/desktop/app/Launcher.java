package lab.spectra.desktop.app;

import javafx.application.Application;

/**
 * Starts the workstation. A main class that is not an {@code Application} lets JavaFX run from the
 * class path (no module path needed), as it does in the packaged app.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(DesktopApplication.class, args);
    }
}
