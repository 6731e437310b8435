package lab.spectra.desktop.app;

import java.util.Optional;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.shell.AccountStanding;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.auth.Role;
import lab.spectra.model.org.UserAccount;

/**
 * The signed-in person's standing from what the last sync brought: the lab's users pulled into
 * the local copy (a deactivation), whether the server still honours their online session, and
 * the role in their signed snapshot, renewed at each sync.
 */
final class BenchAccountStanding implements AccountStanding {

    static final String DEACTIVATED =
            "An admin of your lab deactivated your account; you were signed out of this bench";
    static final String SESSION_ENDED =
            "Your session on the lab's server ended (signed out everywhere, or the account was deactivated);"
                    + " sign in again";

    private final Workstation workstation;

    BenchAccountStanding(Workstation workstation) {
        this.workstation = workstation;
    }

    @Override
    public Standing of(CurrentUser user) {
        Optional<UserAccount> account = workstation.account(user.userId());
        if (account.isPresent() && (!account.get().active() || account.get().deletedAt() != null)) {
            return ended(DEACTIVATED);
        }
        // The sync forgets a session the server refused even after a refresh: it was ended there.
        if (user.signedInOnline() && workstation.sessions().of(user.userId()).isEmpty()) {
            return ended(SESSION_ENDED);
        }
        // The role the bench's own rules decide with: the server's signed snapshot of the person,
        // renewed at every sync of an online session. Screens and rules thus change together.
        Optional<Role> signed = workstation.identities().of(user.userId()).map(person -> person.snapshot()
                .role());
        if (signed.isPresent() && signed.get() != user.role()) {
            return new RoleChanged(signed.get());
        }
        return new Unchanged();
    }

    /** The sign-in screen that follows says why. */
    private Ended ended(String reason) {
        workstation.noteSignedOutBecause(reason);
        return new Ended(reason);
    }
}
