package lab.spectra.model.org;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;

/**
 * A service account for instrument software. Only a hash of the key is kept; {@code keyPrefix}
 * (the first characters of the key) lets an admin tell keys apart, and finds the key's row.
 * {@code revokedBy} comes last because the column was added later (columns follow components).
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
        long rowVersion,
        UUID revokedBy)
        implements Row {

    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keyHash, "key_hash");
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
