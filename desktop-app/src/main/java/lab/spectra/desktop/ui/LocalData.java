package lab.spectra.desktop.ui;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Tells open screens that the local data changed (a sync brought rows, a command was applied
 * here), so they reload. Bumped on the JavaFX thread only.
 */
public final class LocalData {

    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper();

    public ReadOnlyIntegerProperty version() {
        return version.getReadOnlyProperty();
    }

    public void changed() {
        version.set(version.get() + 1);
    }
}
