package lab.spectra.model.labimport;

import java.util.Objects;
import lab.spectra.model.auth.Role;

/** One line of a people file: who to add, with which role. The e-mail address is normalized. */
public record PersonToAdd(int line, String email, String name, Role role) {

    public PersonToAdd {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    /** "Tess Technician <tess@lab.example>, technician". */
    public String summary() {
        return name + " <" + email + ">, " + role.wireName();
    }
}
