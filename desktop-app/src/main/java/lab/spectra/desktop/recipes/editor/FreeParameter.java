package lab.spectra.desktop.recipes.editor;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A parameter the instrument kind does not know, kept as the author wrote it: a key and a value. */
public final class FreeParameter {

    private final StringProperty key = new SimpleStringProperty("");
    private final StringProperty value = new SimpleStringProperty("");

    public FreeParameter(String key, String value) {
        this.key.set(key);
        this.value.set(value);
    }

    public StringProperty key() {
        return key;
    }

    public StringProperty value() {
        return value;
    }
}
