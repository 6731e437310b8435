package lab.spectra.desktop.testing;

import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.model.auth.Actor;

/** The people of a shared-model test lab as the bench sees them once signed in. */
public final class LabPeople {

    private LabPeople() {}

    public static CurrentUser signedIn(Actor person) {
        return new CurrentUser(
                person.userId(), person.userId() + "@lab.test", person.displayName(), person.role(), "Test lab", true);
    }
}
