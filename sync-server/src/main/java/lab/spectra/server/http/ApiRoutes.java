package lab.spectra.server.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lab.spectra.model.apikey.ApiKeyScopes;
import lab.spectra.model.org.UserAccount;

/**
 * The one way routes are added: each is registered with what the OpenAPI document needs to
 * describe it, so the document cannot miss a route. Authenticated routes get the caller's
 * current account; they never see a request without one.
 *
 * <p>Routes registered through {@link #alsoForApiKeys} also take {@code Authorization: ApiKey
 * <key>} from a key holding their scope; the handler then gets the key's own account (ADR 0023).
 * Every other route answers a valid key 403, so a key can never reach signing, approving or
 * reviewing, nor anything else that is for people only.
 */
public final class ApiRoutes {

    /** A handler for a signed-in caller. */
    @FunctionalInterface
    public interface UserHandler {
        void handle(Context ctx, UserAccount user) throws Exception;
    }

    /**
     * One served route: what it reads and what the OpenAPI document says of it.
     *
     * @param requestBody  the record read from the body, or null
     * @param query        query parameters the route understands
     * @param maxBodyBytes the largest body the route reads; a larger one is answered 413
     * @param apiKeyScope  the API-key scope (e.g. {@code results:write}) that also lets instrument
     *                     software call this route, or null when only signed-in people may
     */
    public record Route(
            HandlerType method,
            String path,
            String summary,
            boolean authenticated,
            Class<?> requestBody,
            List<String> query,
            int successStatus,
            long maxBodyBytes,
            String apiKeyScope) {}

    private static final String KEY_SCOPES_ATTRIBUTE = ApiRoutes.class.getName() + ".keyScopes";
    private static final String API_KEY_SCHEME = "ApiKey ";
    public static final String KEY_NOT_ACCEPTED = "unknown, revoked or expired API key";

    private final Javalin app;
    private final CurrentUsers currentUsers;
    private final ApiKeyAuthenticator apiKeys;
    private final BodyLimits limits;
    private final List<Route> routes;
    private final Map<String, Type> answers;
    private final String apiKeyScope;

    public ApiRoutes(Javalin app, CurrentUsers currentUsers, BodyLimits limits) {
        this(app, currentUsers, ApiKeyAuthenticator.none(), limits);
    }

    public ApiRoutes(Javalin app, CurrentUsers currentUsers, ApiKeyAuthenticator apiKeys, BodyLimits limits) {
        this(app, currentUsers, apiKeys, limits, new ArrayList<>(), new LinkedHashMap<>(), null);
    }

    private ApiRoutes(
            Javalin app,
            CurrentUsers currentUsers,
            ApiKeyAuthenticator apiKeys,
            BodyLimits limits,
            List<Route> routes,
            Map<String, Type> answers,
            String apiKeyScope) {
        this.app = app;
        this.currentUsers = currentUsers;
        this.apiKeys = apiKeys;
        this.limits = limits;
        this.routes = routes;
        this.answers = answers;
        this.apiKeyScope = apiKeyScope;
    }

    /**
     * Registers routes that people and API keys holding {@code scope} (e.g. {@code results:write})
     * may both call: {@code routes.alsoForApiKeys("runs:read").get(...)}.
     */
    public ApiRoutes alsoForApiKeys(String scope) {
        if (scope == null || scope.isBlank()) {
            throw new IllegalArgumentException("A route open to API keys names the scope they need");
        }
        return new ApiRoutes(app, currentUsers, apiKeys, limits, routes, answers, scope);
    }

    /**
     * The scopes of the API key that made this request, when a key made it: a handler narrows
     * further with them (a {@code results:write} key limited to one instrument).
     */
    public static Optional<ApiKeyScopes> apiKeyScopesOf(Context ctx) {
        return Optional.ofNullable(ctx.attribute(KEY_SCOPES_ATTRIBUTE));
    }

    public BodyLimits limits() {
        return limits;
    }

    public List<Route> all() {
        return List.copyOf(routes);
    }

    /**
     * What a route answers on success, for the OpenAPI document (a record, a list of records, or
     * {@code byte[]} for a file); a route whose answer is not described is documented as any JSON.
     */
    public void describeAnswer(HandlerType method, String path, Type answer) {
        answers.put(OperationIds.key(method, path), answer);
    }

    /** The described answers by {@code "METHOD /path"}. */
    public Map<String, Type> answers() {
        return Map.copyOf(answers);
    }

    public void open(HandlerType method, String path, String summary, Class<?> body, Handler handler) {
        if (apiKeyScope != null) {
            throw new IllegalStateException("An open route needs no API key: register it without a scope");
        }
        Route route = new Route(method, path, summary, false, body, List.of(), 200, limits.json(), null);
        routes.add(route);
        app.addHttpHandler(method, path, ctx -> {
            BoundedBodies.limitTo(ctx, route.maxBodyBytes());
            handler.handle(ctx);
        });
    }

    public void signedIn(
            HandlerType method,
            String path,
            String summary,
            Class<?> body,
            List<String> query,
            int successStatus,
            UserHandler handler) {
        signedIn(method, path, summary, body, query, successStatus, limits.json(), handler);
    }

    /**
     * A route for a signed-in caller whose body may be up to {@code maxBodyBytes}: raw upload
     * chunks ({@link BodyLimits#rawUploadChunk()}) rather than JSON.
     */
    public void signedIn(
            HandlerType method,
            String path,
            String summary,
            Class<?> body,
            List<String> query,
            int successStatus,
            long maxBodyBytes,
            UserHandler handler) {
        Route route = new Route(method, path, summary, true, body, query, successStatus, maxBodyBytes, apiKeyScope);
        routes.add(route);
        app.addHttpHandler(method, path, ctx -> {
            // The caller is checked first: an unauthenticated body is never read at all.
            UserAccount user = presentsApiKey(ctx) ? keyAccount(ctx, route) : currentUsers.require(ctx);
            BoundedBodies.limitTo(ctx, route.maxBodyBytes());
            handler.handle(ctx, user);
        });
    }

    public void get(String path, String summary, List<String> query, UserHandler handler) {
        signedIn(HandlerType.GET, path, summary, null, query, 200, handler);
    }

    public void post(String path, String summary, Class<?> body, UserHandler handler) {
        signedIn(HandlerType.POST, path, summary, body, List.of(), 201, handler);
    }

    public void put(String path, String summary, Class<?> body, UserHandler handler) {
        signedIn(HandlerType.PUT, path, summary, body, List.of(), 200, handler);
    }

    private static boolean presentsApiKey(Context ctx) {
        String header = ctx.header("Authorization");
        return header != null && header.regionMatches(true, 0, API_KEY_SCHEME, 0, API_KEY_SCHEME.length());
    }

    /** The account of a valid key holding the route's scope; 401, 403 or 429 otherwise. */
    private UserAccount keyAccount(Context ctx, Route route) {
        String presented =
                ctx.header("Authorization").substring(API_KEY_SCHEME.length()).strip();
        ApiKeyAuthenticator.KeyAuthentication outcome = apiKeys.authenticate(presented, ctx.ip());
        if (outcome instanceof ApiKeyAuthenticator.KeyThrottled throttled) {
            long seconds = TryLater.seconds(throttled.retryAfter());
            ctx.header("Retry-After", String.valueOf(seconds));
            throw new ApiException(
                    429,
                    "too_many_attempts",
                    "Too many failed API keys from this address; try again in " + seconds + " seconds");
        }
        if (!(outcome instanceof ApiKeyAuthenticator.KeyAccepted accepted)) {
            throw ApiException.unauthorized(KEY_NOT_ACCEPTED);
        }
        if (route.apiKeyScope() == null) {
            throw new ApiException(
                    403,
                    "api_key_not_allowed",
                    "API keys cannot call " + route.method() + " " + route.path()
                            + ": it is for signed-in people only (a key never signs, approves or reviews)");
        }
        if (!accepted.scopes().open(route.apiKeyScope())) {
            throw new ApiException(
                    403,
                    "missing_scope",
                    "This API key lacks the scope " + route.apiKeyScope() + " that " + route.method() + " "
                            + route.path() + " needs");
        }
        ctx.attribute(KEY_SCOPES_ATTRIBUTE, accepted.scopes());
        return accepted.account();
    }
}
