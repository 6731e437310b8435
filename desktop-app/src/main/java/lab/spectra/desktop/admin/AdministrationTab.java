package lab.spectra.desktop.admin;

import java.util.function.Supplier;
import javafx.scene.Parent;

/**
 * One tab of the Administration area: its title, an id for tests ({@code admin-tab-<id>}) and
 * how to build its view, the first time it is shown.
 */
public record AdministrationTab(String id, String title, Supplier<Parent> view) {}
