package lab.spectra.server.apikey;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.model.auth.Action;
import lab.spectra.model.org.UserAccount;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.JsonBodies;
import lab.spectra.server.http.Requests;

/**
 * {@code /api/admin/api-keys}: the lab's API keys, for its admins. A new key is in the answer to
 * its creation and nowhere else, ever.
 */
public final class ApiKeyRoutes {

    private static final String KEYS = "/api/admin/api-keys";

    /**
     * @param scopes    e.g. {@code ["results:write:<instrument id>", "attachments:write"]}
     * @param expiresAt required; at most a year ahead
     */
    public record NewApiKey(String name, List<String> scopes, Instant expiresAt) {}

    public record Revocation(String reason) {}

    /** A key just made: {@code key} is shown this once; keep it in the instrument software's settings. */
    public record CreatedKey(ApiKeyView apiKey, String key, String warning) {}

    private ApiKeyRoutes() {}

    public static void register(ApiRoutes routes, ApiKeyAdministration keys, JsonBodies bodies) {
        routes.get(KEYS, "List the lab's API keys (admins); never the keys themselves", List.of(), (ctx, user) -> {
            requireAdmin(user);
            ctx.json(Map.of("items", keys.list(user)));
        });
        routes.post(
                KEYS,
                "Make an API key for instrument software (admins); the key is in this answer only",
                NewApiKey.class,
                (ctx, user) -> {
                    requireAdmin(user);
                    NewApiKey body = bodies.read(ctx, NewApiKey.class);
                    answer(ctx, keys.create(user, body.name(), body.scopes(), body.expiresAt()), 201);
                });
        routes.post(KEYS + "/{id}/revoke", "Revoke an API key at once (admins)", Revocation.class, (ctx, user) -> {
            requireAdmin(user);
            UUID id = Requests.pathId(ctx, "The API key");
            Revocation body = bodies.readOptional(ctx, Revocation.class);
            answer(ctx, keys.revoke(user, id, body == null ? null : body.reason()), 200);
        });
    }

    private static void answer(Context ctx, ApiKeyAdministration.Outcome outcome, int status) {
        if (outcome instanceof ApiKeyAdministration.Created created) {
            ctx.header("Cache-Control", "no-store");
            ctx.status(status)
                    .json(new CreatedKey(
                            created.view(),
                            created.key(),
                            "This key is shown once: store it in the instrument software now; the lab keeps only"
                                    + " its hash"));
        } else if (outcome instanceof ApiKeyAdministration.Revoked revoked) {
            ctx.status(status).json(revoked.view());
        } else if (outcome instanceof ApiKeyAdministration.Refused refused) {
            throw new ApiException(refused.status(), refused.code(), refused.message());
        } else {
            throw ApiException.notFound("The API key");
        }
    }

    private static void requireAdmin(UserAccount user) {
        if (!user.asActor().may(Action.MANAGE_API_KEYS)) {
            throw ApiException.forbidden("Only an admin may " + Action.MANAGE_API_KEYS.phrase());
        }
    }
}
