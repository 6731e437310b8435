package lab.spectra.desktop.store;

import java.util.List;

/**
 * A window of a list that can grow: the rows, in the list's order, and whether more follow. The
 * next window starts after the last row (keyset paging), so a page costs the same deep in the list
 * as at its start.
 */
public record Page<T>(List<T> rows, boolean hasMore) {

    public Page {
        rows = List.copyOf(rows);
    }

    /** Cuts a result fetched with one row more than {@code limit} into a page. */
    public static <T> Page<T> of(List<T> fetchedOneMore, int limit) {
        return fetchedOneMore.size() > limit
                ? new Page<>(fetchedOneMore.subList(0, limit), true)
                : new Page<>(fetchedOneMore, false);
    }

    /** The last row, the one the next page starts after; null for an empty page. */
    public T last() {
        return rows.isEmpty() ? null : rows.get(rows.size() - 1);
    }
}
