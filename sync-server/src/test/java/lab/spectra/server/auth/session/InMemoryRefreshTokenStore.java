package lab.spectra.server.auth.session;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The {@link RefreshTokenStore} contract in memory, for tests. Atomicity comes from
 * {@link ConcurrentMap#computeIfPresent}, which runs its function once per key at a time.
 */
public final class InMemoryRefreshTokenStore implements RefreshTokenStore {

    private final ConcurrentMap<UUID, StoredRefreshToken> tokens = new ConcurrentHashMap<>();

    @Override
    public void save(StoredRefreshToken token) {
        if (tokens.putIfAbsent(token.tokenId(), token) != null) {
            throw new IllegalStateException("A refresh token with id " + token.tokenId() + " already exists");
        }
    }

    @Override
    public Optional<StoredRefreshToken> findById(UUID tokenId) {
        return Optional.ofNullable(tokens.get(tokenId));
    }

    @Override
    public boolean markUsed(UUID tokenId, Instant usedAt) {
        AtomicBoolean changed = new AtomicBoolean();
        tokens.computeIfPresent(tokenId, (id, token) -> {
            if (token.isUsed() || token.isRevoked()) {
                return token;
            }
            changed.set(true);
            return token.withUsedAt(usedAt);
        });
        return changed.get();
    }

    @Override
    public int revokeFamily(UUID familyId, Instant revokedAt) {
        return revokeWhere(token -> token.familyId().equals(familyId), revokedAt);
    }

    @Override
    public int revokeAllForUser(UUID userId, Instant revokedAt) {
        return revokeWhere(token -> token.userId().equals(userId), revokedAt);
    }

    @Override
    public int deleteExpiredBefore(Instant cutoff) {
        AtomicInteger deleted = new AtomicInteger();
        for (UUID id : tokens.keySet()) {
            tokens.computeIfPresent(id, (key, token) -> {
                if (token.expiresAt().isBefore(cutoff)) {
                    deleted.incrementAndGet();
                    return null;
                }
                return token;
            });
        }
        return deleted.get();
    }

    private int revokeWhere(Predicate<StoredRefreshToken> selected, Instant revokedAt) {
        AtomicInteger revoked = new AtomicInteger();
        for (UUID id : tokens.keySet()) {
            tokens.computeIfPresent(id, (key, token) -> {
                if (!selected.test(token) || token.isRevoked()) {
                    return token;
                }
                revoked.incrementAndGet();
                return token.withRevokedAt(revokedAt);
            });
        }
        return revoked.get();
    }
}
