package lab.spectra.model.auth;

import java.util.Objects;
import java.util.UUID;

/**
 * The person a command is checked for, as the checking side currently knows them: the server
 * from its users table, the bench PC from its cached profile. Role and active flag are the
 * current ones, not those at the time the command was written.
 */
public record Actor(UUID userId, UUID organizationId, Role role, boolean active, String displayName) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(displayName, "displayName");
    }

    public boolean may(Action action) {
        return Permissions.allows(role, action);
    }
}
