package lab.spectra.server.auth.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import lab.spectra.model.id.Ids;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RefreshTokenStore} must do. A store implementation's test extends this class
 * (from any package: the class and its tests are public) and says how to make an empty store; the
 * JDBC store runs the same tests against a real database.
 */
public abstract class RefreshTokenStoreContract {

    private static final Instant NOW = Instant.parse("2025-03-10T08:00:00Z");
    private static final String HASH = "ab".repeat(32);

    private RefreshTokenStore store;

    /** A new, empty store. */
    protected abstract RefreshTokenStore newStore();

    @BeforeEach
    public void createStore() {
        store = newStore();
    }

    private final Map<UUID, UUID> organizationOfUser = new HashMap<>();

    /**
     * A user tokens can belong to. By default any id; a store that checks its references (a
     * database with foreign keys) makes a real account here.
     */
    protected UUID newUser() {
        return Ids.newId();
    }

    /** The organization of a user made by {@link #newUser()}. */
    protected UUID organizationOf(UUID userId) {
        return organizationOfUser.computeIfAbsent(userId, user -> Ids.newId());
    }

    private StoredRefreshToken token(UUID familyId, UUID userId) {
        return new StoredRefreshToken(
                Ids.newId(),
                familyId,
                userId,
                organizationOf(userId),
                HASH,
                NOW,
                NOW.plus(Duration.ofDays(14)),
                NOW.plus(Duration.ofDays(90)),
                null,
                null);
    }

    @Test
    public void aSavedTokenIsFoundByItsIdWithAllItsFields() {
        StoredRefreshToken token = token(Ids.newId(), newUser());

        store.save(token);

        assertThat(store.findById(token.tokenId())).contains(token);
    }

    @Test
    public void anUnknownIdIsNotFound() {
        assertThat(store.findById(Ids.newId())).isEmpty();
    }

    @Test
    public void markUsedSucceedsOnceAndRecordsTheTime() {
        StoredRefreshToken token = token(Ids.newId(), newUser());
        store.save(token);

        assertThat(store.markUsed(token.tokenId(), NOW.plusSeconds(5))).isTrue();
        assertThat(store.markUsed(token.tokenId(), NOW.plusSeconds(6))).isFalse();
        assertThat(store.findById(token.tokenId()).orElseThrow().usedAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    public void markUsedFailsForARevokedOrUnknownToken() {
        StoredRefreshToken token = token(Ids.newId(), newUser());
        store.save(token);
        store.revokeFamily(token.familyId(), NOW);

        assertThat(store.markUsed(token.tokenId(), NOW)).isFalse();
        assertThat(store.markUsed(Ids.newId(), NOW)).isFalse();
        assertThat(store.findById(token.tokenId()).orElseThrow().usedAt()).isNull();
    }

    @Test
    public void ofManyConcurrentMarkUsedCallsExactlyOneSucceeds() throws Exception {
        StoredRefreshToken token = token(Ids.newId(), newUser());
        store.save(token);
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Boolean> markUsed = () -> {
                    start.await();
                    return store.markUsed(token.tokenId(), NOW);
                };
                results.add(executor.submit(markUsed));
            }
            start.countDown();
            int successes = 0;
            for (Future<Boolean> result : results) {
                successes += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(successes).isEqualTo(1);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    public void revokeFamilyRevokesThatFamilyOnlyAndIsIdempotent() {
        UUID family = Ids.newId();
        UUID user = newUser();
        StoredRefreshToken first = token(family, user);
        StoredRefreshToken second = token(family, user);
        StoredRefreshToken otherFamily = token(Ids.newId(), user);
        store.save(first);
        store.save(second);
        store.save(otherFamily);

        assertThat(store.revokeFamily(family, NOW)).isEqualTo(2);
        assertThat(store.revokeFamily(family, NOW.plusSeconds(1))).isZero();

        assertThat(store.findById(first.tokenId()).orElseThrow().revokedAt()).isEqualTo(NOW);
        assertThat(store.findById(second.tokenId()).orElseThrow().revokedAt()).isEqualTo(NOW);
        assertThat(store.findById(otherFamily.tokenId()).orElseThrow().isRevoked())
                .isFalse();
    }

    @Test
    public void revokeAllForUserRevokesEveryFamilyOfThatUserOnly() {
        UUID user = newUser();
        StoredRefreshToken laptop = token(Ids.newId(), user);
        StoredRefreshToken bench = token(Ids.newId(), user);
        StoredRefreshToken colleague = token(Ids.newId(), newUser());
        store.save(laptop);
        store.save(bench);
        store.save(colleague);

        assertThat(store.revokeAllForUser(user, NOW)).isEqualTo(2);

        assertThat(store.findById(laptop.tokenId()).orElseThrow().isRevoked()).isTrue();
        assertThat(store.findById(bench.tokenId()).orElseThrow().isRevoked()).isTrue();
        assertThat(store.findById(colleague.tokenId()).orElseThrow().isRevoked())
                .isFalse();
    }

    @Test
    public void deleteExpiredBeforeDeletesOnlyTokensExpiredBeforeTheCutoff() {
        StoredRefreshToken token = token(Ids.newId(), newUser());
        store.save(token);

        assertThat(store.deleteExpiredBefore(token.expiresAt())).isZero();
        assertThat(store.findById(token.tokenId())).isPresent();
        assertThat(store.deleteExpiredBefore(token.expiresAt().plusSeconds(1))).isEqualTo(1);
        assertThat(store.findById(token.tokenId())).isEmpty();
    }
}
