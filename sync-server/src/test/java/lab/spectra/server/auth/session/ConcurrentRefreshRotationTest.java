package lab.spectra.server.auth.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import lab.spectra.model.id.Ids;
import lab.spectra.server.testing.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Two requests rotating one token at the same moment (a double-clicked "sync", a retried request,
 * or a thief racing the client) must not both get a successor.
 */
class ConcurrentRefreshRotationTest {

    private final TestClock clock = new TestClock();

    @Test
    void twoThreadsRotatingOneTokenGetExactlyOneSuccessor() throws Exception {
        InMemoryRefreshTokenStore store = new InMemoryRefreshTokenStore();
        RefreshTokens refreshTokens = new RefreshTokens(store, clock);

        for (int round = 0; round < 20; round++) {
            String token = refreshTokens.issue(Ids.newId(), Ids.newId()).token();

            List<RefreshRotation> results = rotateTwiceAtOnce(refreshTokens, token, new CyclicBarrier(2));

            assertThat(results)
                    .filteredOn(RefreshRotation.Rotated.class::isInstance)
                    .hasSize(1);
        }
    }

    @Test
    void whenBothThreadsPassTheReadBeforeEitherWritesStillExactlyOneWinsAndTheFamilyIsRevoked() throws Exception {
        // Both rotations read the token as unspent before either marks it used: only the store's
        // atomic markUsed can tell them apart.
        CyclicBarrier bothHaveRead = new CyclicBarrier(2);
        InMemoryRefreshTokenStore inner = new InMemoryRefreshTokenStore();
        RefreshTokens issuer = new RefreshTokens(inner, clock);
        IssuedRefreshToken issued = issuer.issue(Ids.newId(), Ids.newId());
        RefreshTokens refreshTokens =
                new RefreshTokens(new ReadBarrierStore(inner, issued.tokenId(), bothHaveRead), clock);

        List<RefreshRotation> results = rotateTwiceAtOnce(refreshTokens, issued.token(), new CyclicBarrier(2));

        assertThat(results)
                .filteredOn(RefreshRotation.Rotated.class::isInstance)
                .hasSize(1);
        RefreshRotation.Rejected loser = (RefreshRotation.Rejected) results.stream()
                .filter(RefreshRotation.Rejected.class::isInstance)
                .findFirst()
                .orElseThrow();
        assertThat(loser.reason()).isEqualTo(RefreshRejection.REUSED);
        RefreshRotation.Rotated winner = (RefreshRotation.Rotated) results.stream()
                .filter(RefreshRotation.Rotated.class::isInstance)
                .findFirst()
                .orElseThrow();
        assertThat(inner.findById(winner.newRefreshToken().tokenId())
                        .orElseThrow()
                        .isRevoked())
                .isTrue();
    }

    private static List<RefreshRotation> rotateTwiceAtOnce(
            RefreshTokens refreshTokens, String token, CyclicBarrier start) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            Callable<RefreshRotation> rotate = () -> {
                start.await(30, TimeUnit.SECONDS);
                return refreshTokens.rotate(token);
            };
            Future<RefreshRotation> first = executor.submit(rotate);
            Future<RefreshRotation> second = executor.submit(rotate);
            return List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
        } finally {
            executor.shutdownNow();
        }
    }

    /** Holds the first read of one token until two threads have made it. */
    private static final class ReadBarrierStore implements RefreshTokenStore {
        private final RefreshTokenStore inner;
        private final UUID watched;
        private final CyclicBarrier bothHaveRead;
        private final AtomicInteger reads = new AtomicInteger();

        ReadBarrierStore(RefreshTokenStore inner, UUID watched, CyclicBarrier bothHaveRead) {
            this.inner = inner;
            this.watched = watched;
            this.bothHaveRead = bothHaveRead;
        }

        @Override
        public void save(StoredRefreshToken token) {
            inner.save(token);
        }

        @Override
        public Optional<StoredRefreshToken> findById(UUID tokenId) {
            Optional<StoredRefreshToken> found = inner.findById(tokenId);
            if (tokenId.equals(watched) && reads.incrementAndGet() <= 2) {
                try {
                    bothHaveRead.await(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return found;
        }

        @Override
        public boolean markUsed(UUID tokenId, Instant usedAt) {
            return inner.markUsed(tokenId, usedAt);
        }

        @Override
        public int revokeFamily(UUID familyId, Instant revokedAt) {
            return inner.revokeFamily(familyId, revokedAt);
        }

        @Override
        public int revokeAllForUser(UUID userId, Instant revokedAt) {
            return inner.revokeAllForUser(userId, revokedAt);
        }

        @Override
        public int deleteExpiredBefore(Instant cutoff) {
            return inner.deleteExpiredBefore(cutoff);
        }
    }
}
