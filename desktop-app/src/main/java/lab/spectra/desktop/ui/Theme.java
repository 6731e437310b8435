package lab.spectra.desktop.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The app's look: the AtlantaFX theme for every control, light or dark, and the app's own small
 * stylesheet, which uses only the theme's colour variables so it reads in both.
 */
public final class Theme {

    private static final String APP_STYLESHEET = "/lab/spectra/desktop/ui/app.css";

    /** JavaFX keeps one user-agent stylesheet for every window; this mirrors which one it is. */
    private static volatile boolean dark;

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
        Application.setUserAgentStylesheet(
                dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    /** Redraws every open window light or dark. Call on the JavaFX thread. */
    public static void useDark(boolean useDark) {
        dark = useDark;
        styleControls();
    }

    public static boolean dark() {
        return dark;
    }
}
