package lab.spectra.desktop.shell;

import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.scene.Parent;
import lab.spectra.desktop.search.QuickSearchViewModel;

/** Builds the view of a screen; the composition root knows how. */
@FunctionalInterface
public interface SectionViews {

    Parent create(Section section, MainViewModel main);

    /**
     * The quick search (Ctrl+K) of this window, opening what it finds through {@code main}.
     *
     * @param opened told when a record was opened (the search window closes)
     */
    default Optional<QuickSearchViewModel> quickSearch(MainViewModel main, Runnable opened) {
        return Optional.empty();
    }

    /** How many things wait in the signed-in person's inbox, for the status bar (the Inbox screen lists them). */
    default Optional<ReadOnlyIntegerProperty> waiting(MainViewModel main) {
        return Optional.empty();
    }

    /** The light/dark choice the main window offers, when this app remembers one. */
    default Optional<AppearanceChoice> appearance() {
        return Optional.empty();
    }

    /** Whether the section is offered to the signed-in person at all (in the navigation). */
    default boolean offers(Section section, MainViewModel main) {
        return true;
    }
}
