package lab.spectra.server.db;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * One page of a keyset-paged list: its items and the cursor of the next page, null on the last
 * one. Unlike offsets, a page deep in a long list costs the same as the first.
 */
public record Page<T>(List<T> items, UUID nextCursor) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * Cuts a fetched list into a page and the cursor of the next one.
     *
     * @param fetched up to {@code limit + 1} rows; the extra one only tells that more exist
     */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, Function<T, UUID> id) {
        if (fetched.size() > request.limit()) {
            List<T> items = fetched.subList(0, request.limit());
            return new Page<>(items, id.apply(items.get(items.size() - 1)));
        }
        return new Page<>(fetched, null);
    }
}
