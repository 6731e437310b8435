package lab.spectra.desktop.ui;

import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/** Selects a row of a screen's list as soon as the list holds it (now, or once it has loaded). */
public final class Reveal {

    private Reveal() {}

    public static <T> void in(ObservableList<T> rows, Predicate<T> wanted, Consumer<T> select) {
        if (selectIfThere(rows, wanted, select)) {
            return;
        }
        rows.addListener(new ListChangeListener<T>() {
            @Override
            public void onChanged(Change<? extends T> change) {
                if (selectIfThere(rows, wanted, select)) {
                    rows.removeListener(this);
                }
            }
        });
    }

    private static <T> boolean selectIfThere(ObservableList<T> rows, Predicate<T> wanted, Consumer<T> select) {
        for (T row : rows) {
            if (wanted.test(row)) {
                select.accept(row);
                return true;
            }
        }
        return false;
    }
}
