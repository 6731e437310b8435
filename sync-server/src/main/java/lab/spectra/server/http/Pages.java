package lab.spectra.server.http;

import io.javalin.http.Context;
import java.util.UUID;
import lab.spectra.server.db.PageRequest;

/**
 * The page a list request asks for: {@code ?limit=} (default {@value #DEFAULT_LIMIT}, at most
 * {@value #MAX_LIMIT}) and {@code ?cursor=}, the {@code next_cursor} of the page before. Lists
 * answer {@code {"items": [...], "next_cursor": ...}}, a {@code db.Page}.
 */
public final class Pages {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    private Pages() {}

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
        UUID cursor = Requests.optionalUuidQuery(ctx, "cursor");
        return new PageRequest(limit, cursor == null ? PageRequest.START : cursor);
    }
}
