package lab.spectra.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The list of classes loaded in the background after the main window (screen-classes.txt) names
 * the Samples screen's own classes, and every name on it is a class that exists: a list gone stale
 * after a rename would quietly make the first opening of a screen slow again.
 */
class TheScreenClassListNamesClassesThatStillExistTest {

    @Test
    void everyListedClassLoadsAndTheSamplesScreenIsAmongThem() {
        List<String> names = ScreenClassPreloader.names();
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            try {
                Class.forName(name, false, getClass().getClassLoader());
            } catch (ClassNotFoundException e) {
                missing.add(name);
            }
        }

        assertThat(missing).isEmpty();
        assertThat(names)
                .contains(
                        "lab.spectra.desktop.samples.SamplesController",
                        "lab.spectra.desktop.samples.SamplesViewModel",
                        "javafx.fxml.FXMLLoader",
                        "javafx.scene.control.skin.TableViewSkin");
        assertThat(ScreenClassPreloader.loadAll()).isEqualTo(names.size());
    }
}
