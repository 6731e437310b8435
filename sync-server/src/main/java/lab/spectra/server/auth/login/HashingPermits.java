package lab.spectra.server.auth.login;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bounds how many password hashes this instance computes at once. Each Argon2id check holds its
 * memory (19 MiB by default) for a fifth of a second; a login storm without a bound fills the heap
 * and, with {@code -XX:+ExitOnOutOfMemoryError}, stops the server. With a small pool of permits
 * an attempt beyond it is answered "busy" at once instead of waiting, so memory stays bounded and
 * everything else ({@code /health}, the API) keeps answering.
 *
 * <p>This bound is per instance on purpose: it protects this process's memory, not an account.
 */
public final class HashingPermits {

    private final Semaphore permits;
    private final int size;

    public HashingPermits(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("At least one password hash must be allowed at a time");
        }
        this.size = size;
        this.permits = new Semaphore(size);
    }

    /** A permit if one is free now; never waits. */
    public Optional<Permit> tryAcquire() {
        return permits.tryAcquire() ? Optional.of(new Permit()) : Optional.empty();
    }

    public int size() {
        return size;
    }

    /** Held while hashing; closing it (once) frees it for the next attempt. */
    public final class Permit implements AutoCloseable {
        private final AtomicBoolean released = new AtomicBoolean();

        private Permit() {}

        @Override
        public void close() {
            if (released.compareAndSet(false, true)) {
                permits.release();
            }
        }
    }
}
