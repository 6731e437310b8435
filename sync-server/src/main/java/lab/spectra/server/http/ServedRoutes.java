package lab.spectra.server.http;

import io.javalin.event.HandlerMetaInfo;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Every route Javalin was given, however it was given, as Javalin itself reports it through its
 * public handler-added event. Compared with the registry ({@link ApiRoutes}), it shows that no
 * handler bypassed it, which the OpenAPI document relies on.
 */
public final class ServedRoutes implements Consumer<HandlerMetaInfo> {

    private final List<String> routes = new CopyOnWriteArrayList<>();

    @Override
    public void accept(HandlerMetaInfo handler) {
        // Filters such as the host-name check run before routes; they are not routes.
        if (handler.getHttpMethod().isHttpMethod()) {
            routes.add(handler.getHttpMethod().name() + " " + handler.getPath());
        }
    }

    /** Each route as {@code "GET /api/lims/samples"}, in the order it was added. */
    public List<String> all() {
        return List.copyOf(routes);
    }
}
