package lab.spectra.desktop.shell;

import java.util.function.BooleanSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import lab.spectra.desktop.ui.Appearance;
import lab.spectra.desktop.ui.AppearanceFile;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.desktop.ui.Theme;

/**
 * Light, dark or the system's choice, picked in the main window and remembered on this PC. The
 * file and the system's setting are read in the background; the windows are redrawn when known.
 */
public final class AppearanceChoice {

    private final AppearanceFile file;
    private final BooleanSupplier systemPrefersDark;
    private final TaskRunner tasks;
    private final ObjectProperty<Appearance> chosen = new SimpleObjectProperty<>();
    private boolean loaded;

    /** @param systemPrefersDark asks the operating system; may block for a moment */
    public AppearanceChoice(AppearanceFile file, BooleanSupplier systemPrefersDark, TaskRunner tasks) {
        this.file = file;
        this.systemPrefersDark = systemPrefersDark;
        this.tasks = tasks;
        tasks.run(file::load, this::loaded, failure -> loaded(Appearance.SYSTEM));
        chosen.addListener((observable, before, after) -> {
            if (loaded && after != null) {
                tasks.run(() -> dark(after, true), Theme::useDark, failure -> {});
            }
        });
    }

    /** What the person chose; null until the stored choice has been read. */
    public ObjectProperty<Appearance> chosen() {
        return chosen;
    }

    private void loaded(Appearance stored) {
        chosen.set(stored);
        loaded = true;
        tasks.run(() -> dark(stored, false), Theme::useDark, failure -> {});
    }

    private boolean dark(Appearance appearance, boolean remember) {
        if (remember) {
            file.save(appearance);
        }
        return appearance.dark(appearance == Appearance.SYSTEM && systemPrefersDark.getAsBoolean());
    }
}
