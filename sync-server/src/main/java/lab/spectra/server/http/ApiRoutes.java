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
import lab.spectra.model.org.UserAccount;

/**
 * The one way routes are added: each is registered with what the OpenAPI document needs to
 * describe it, so the document cannot miss a route. Authenticated routes get the caller's
 * current account; they never see a request without one.
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

    private final Javalin app;
    private final CurrentUsers currentUsers;
    private final BodyLimits limits;
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, Type> answers = new LinkedHashMap<>();

    public ApiRoutes(Javalin app, CurrentUsers currentUsers, BodyLimits limits) {
        this.app = app;
        this.currentUsers = currentUsers;
        this.limits = limits;
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
        Route route = new Route(method, path, summary, true, body, query, successStatus, maxBodyBytes, null);
        routes.add(route);
        app.addHttpHandler(method, path, ctx -> {
            // The caller is checked first: an unauthenticated body is never read at all.
            UserAccount user = currentUsers.require(ctx);
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
}
