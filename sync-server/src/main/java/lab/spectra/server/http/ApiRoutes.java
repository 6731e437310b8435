package lab.spectra.server.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
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
     * @param requestBody the record read from the body, or null
     * @param query       query parameters the route understands
     */
    public record Route(
            HandlerType method,
            String path,
            String summary,
            boolean authenticated,
            Class<?> requestBody,
            List<String> query,
            int successStatus) {}

    private final Javalin app;
    private final CurrentUsers currentUsers;
    private final List<Route> routes = new ArrayList<>();

    public ApiRoutes(Javalin app, CurrentUsers currentUsers) {
        this.app = app;
        this.currentUsers = currentUsers;
    }

    public List<Route> all() {
        return List.copyOf(routes);
    }

    public void open(HandlerType method, String path, String summary, Class<?> body, Handler handler) {
        routes.add(new Route(method, path, summary, false, body, List.of(), 200));
        app.addHttpHandler(method, path, handler);
    }

    public void signedIn(
            HandlerType method,
            String path,
            String summary,
            Class<?> body,
            List<String> query,
            int successStatus,
            UserHandler handler) {
        routes.add(new Route(method, path, summary, true, body, query, successStatus));
        app.addHttpHandler(method, path, ctx -> handler.handle(ctx, currentUsers.require(ctx)));
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
