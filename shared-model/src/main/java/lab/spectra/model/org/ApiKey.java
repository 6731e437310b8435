package lab.spectra.model.org;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;

/**
 * A service account for instrument software. Only a hash of the key is kept; {@code keyPrefix}
 * (the first characters of the key) lets an admin tell keys apart.
 */
public record ApiKey(
        UUID id,
        UUID organizationId,
        String name,
        String keyPrefix,
        String keyHash,
        List<String> scopes,
        Instant expiresAt,
        Instant lastUsedAt,
        UUID createdBy,
        Instant createdAt,
        Instant revokedAt,
        long rowVersion)
        implements Row {

    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keyHash, "key_hash");
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }
}
