package lab.spectra.desktop.shell;

import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.model.auth.Role;

/**
 * How the signed-in person stands after a sync, as the bench last learned it from the server: an
 * admin may have changed their role or deactivated them meanwhile. Asked off the JavaFX thread.
 */
@FunctionalInterface
public interface AccountStanding {

    /** Nothing to follow: for windows that do not watch the account. */
    AccountStanding UNWATCHED = user -> new Unchanged();

    Standing of(CurrentUser user);

    sealed interface Standing {}

    record Unchanged() implements Standing {}

    /** The person now has another role: the window is built again for it. */
    record RoleChanged(Role role) implements Standing {}

    /** The person may not go on working here (deactivated, or their session ended on the server). */
    record Ended(String reason) implements Standing {}
}
