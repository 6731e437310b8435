package lab.spectra.desktop.shell;

import javafx.scene.Parent;

/** Builds the view of a screen; the composition root knows how. */
@FunctionalInterface
public interface SectionViews {

    Parent create(Section section, MainViewModel main);

    /** Whether the section is offered to the signed-in person at all (in the navigation). */
    default boolean offers(Section section, MainViewModel main) {
        return true;
    }
}
