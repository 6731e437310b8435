package lab.spectra.desktop.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** The app's look: the AtlantaFX theme for every control, and the app's own small stylesheet. */
public final class Theme {

    private static final String APP_STYLESHEET = "/lab/spectra/desktop/ui/app.css";

    private Theme() {}

    /** Call on the JavaFX thread, before the scene is shown. */
    public static void apply(Scene scene) {
        styleControls();
        String sheet = Theme.class.getResource(APP_STYLESHEET).toExternalForm();
        if (!scene.getStylesheets().contains(sheet)) {
            scene.getStylesheets().add(sheet);
        }
        ReadableLayouts.keep(scene);
    }

    /** Gives every control of every scene the AtlantaFX look (fonts and sizes change with it). */
    public static void styleControls() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }
}
