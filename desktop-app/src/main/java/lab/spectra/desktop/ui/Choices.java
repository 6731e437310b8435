package lab.spectra.desktop.ui;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** Combo boxes that show records by a label and can style each entry. */
public final class Choices {

    private Choices() {}

    public static <T> void show(ComboBox<T> box, Function<T, String> label) {
        show(box, label, item -> null);
    }

    /**
     * Shows entries of a drop-down by their label.
     *
     * @param styleClass a style class for an entry (e.g. {@code locked}), or null
     */
    public static <T> void show(ComboBox<T> box, Function<T, String> label, Function<T, String> styleClass) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("locked", "expiring");
                setText(empty || item == null ? null : label.apply(item));
                String style = empty || item == null ? null : styleClass.apply(item);
                if (style != null) {
                    getStyleClass().add(style);
                }
            }
        });
    }
}
