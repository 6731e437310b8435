package lab.spectra.desktop.shell;

import javafx.scene.Parent;

/** Builds the view of a screen; the composition root knows how. */
@FunctionalInterface
public interface SectionViews {

    Parent create(Section section, MainViewModel main);
}
