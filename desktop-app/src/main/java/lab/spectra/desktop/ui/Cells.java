package lab.spectra.desktop.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** Table columns that show a text derived from the row record. */
public final class Cells {

    private Cells() {}

    public static <S> void text(TableColumn<S, String> column, Function<S, String> text) {
        column.setCellValueFactory(cell ->
                new ReadOnlyStringWrapper(cell.getValue() == null ? "" : String.valueOf(text.apply(cell.getValue()))));
    }
}
