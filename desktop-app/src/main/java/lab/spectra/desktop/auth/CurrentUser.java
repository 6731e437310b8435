package lab.spectra.desktop.auth;

import java.util.UUID;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Permissions;
import lab.spectra.model.auth.Role;

/**
 * Who is working at the bench now, and whether they signed in online or offline. The UI asks
 * {@link #may} before it shows an action: what the role may not do is not shown at all.
 */
public record CurrentUser(
        UUID userId, String email, String displayName, Role role, String organizationName, boolean signedInOnline) {

    public boolean may(Action action) {
        return Permissions.allows(role, action);
    }
}
