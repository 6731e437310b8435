package lab.spectra.model.sample;

import lab.spectra.model.auth.Role;

/**
 * Who may list deleted samples, with who deleted them, when and why: admins, who answer for the
 * lab's records (ADR 0028). Everyone else, the PI who deleted one included, sees lists without them
 * and finds a deletion in the audit trail. The server and the bench ask the same question here.
 */
public final class DeletedSamples {

    private DeletedSamples() {}

    public static boolean mayBeListedBy(Role role) {
        return role == Role.ADMIN;
    }
}
