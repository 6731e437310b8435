package lab.spectra.server.db;

import java.util.Objects;
import java.util.UUID;

/**
 * Which page of a keyset-paged list to read: up to {@code limit} rows whose id comes after
 * {@code after}. Lists are ordered by id (time-ordered UUIDs, so creation order); the first page
 * starts after {@link #START}, the smallest id there is, so every page is read the same way.
 */
public record PageRequest(int limit, UUID after) {

    /** The id no row has and every row comes after. */
    public static final UUID START = new UUID(0, 0);

    public PageRequest {
        if (limit < 1) {
            throw new IllegalArgumentException("A page holds at least one row, was " + limit);
        }
        Objects.requireNonNull(after, "after");
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, START);
    }
}
