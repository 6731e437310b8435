package lab.spectra.model.org;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.auth.Role;
import lab.spectra.model.command.Row;

/**
 * A person's account in one organization. The password hash is deliberately not part of this
 * shared record: it stays in the server's database and never travels to a bench PC.
 */
public record UserAccount(
        UUID id,
        UUID organizationId,
        String email,
        String displayName,
        Role role,
        boolean active,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        long rowVersion)
        implements Row {

    public UserAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(displayName, "display_name");
        Objects.requireNonNull(role, "role");
    }

    public Actor asActor() {
        return new Actor(id, organizationId, role, active && deletedAt == null, displayName);
    }
}
