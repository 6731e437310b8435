package lab.spectra.server.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Keyset pagination: lists are ordered by id (time-ordered UUIDs, so creation order), a page
 * holds up to {@code limit} items, and {@code next_cursor} is the last id, to pass as
 * {@code ?cursor=} for the next page. Unlike offsets, a page deep in a long list costs the same
 * as the first.
 */
public final class Pages {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    private Pages() {}

    public record PageRequest(int limit, UUID after) {}

    public record Page<T>(List<T> items, UUID nextCursor) {}

    public static PageRequest request(Context ctx) {
        String limitText = ctx.queryParam("limit");
        int limit = DEFAULT_LIMIT;
        if (limitText != null) {
            try {
                limit = Integer.parseInt(limitText);
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("invalid_parameter", "limit must be a whole number");
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                throw ApiException.badRequest("invalid_parameter", "limit must be between 1 and " + MAX_LIMIT);
            }
        }
        return new PageRequest(limit, Requests.optionalUuidQuery(ctx, "cursor"));
    }

    /**
     * Cuts a fetched list into a page and the cursor of the next one.
     *
     * @param fetched up to {@code limit + 1} rows; the extra one only tells that more exist
     */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, Function<T, UUID> id) {
        if (fetched.size() > request.limit()) {
            List<T> items = fetched.subList(0, request.limit());
            return new Page<>(List.copyOf(items), id.apply(items.get(items.size() - 1)));
        }
        return new Page<>(List.copyOf(fetched), null);
    }
}
