package lab.spectra.server.apikey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import lab.spectra.model.org.ApiKey;

/**
 * A key as admins see it: never its hash.
 *
 * @param prefix how the key starts ({@code spk_ab12cd34}), to tell it apart from others
 */
public record ApiKeyView(
        UUID id,
        String name,
        String prefix,
        List<String> scopes,
        Instant createdAt,
        UUID createdBy,
        String createdByName,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt,
        UUID revokedBy,
        String revokedByName) {

    static ApiKeyView of(ApiKey key, Function<UUID, String> nameOf) {
        return new ApiKeyView(
                key.id(),
                key.name(),
                ApiKeySecret.MARK + key.keyPrefix(),
                key.scopes(),
                key.createdAt(),
                key.createdBy(),
                key.createdBy() == null ? null : nameOf.apply(key.createdBy()),
                key.expiresAt(),
                key.lastUsedAt(),
                key.revokedAt(),
                key.revokedBy(),
                key.revokedBy() == null ? null : nameOf.apply(key.revokedBy()));
    }
}
