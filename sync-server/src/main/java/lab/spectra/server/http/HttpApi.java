package lab.spectra.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.RequestLogger;
import io.javalin.json.JavalinJackson;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.Optional;
import lab.spectra.model.jdbc.DataAccessException;
import lab.spectra.server.db.ViewRefused;
import org.eclipse.jetty.servlet.FilterHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Javalin application with the product's conventions: JSON in and out in the strict dialect,
 * every request body read through a bounded stream ({@link BoundedBodies}), requests only for the
 * server's own host names where it has a list of them, and every failure answered as
 * {@code {code, message}} - never a bare 500 page, never a stack trace to the caller.
 */
public final class HttpApi {

    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);

    private HttpApi() {}

    public static Javalin create(
            ObjectMapper mapper,
            BodyLimits limits,
            ClientAddresses clients,
            AllowedHosts allowedHosts,
            ServedRoutes served) {
        return create(mapper, limits, clients, allowedHosts, served, Optional.empty());
    }

    /** As above, with every request's route, status and time handed to {@code timings} once it is answered. */
    public static Javalin create(
            ObjectMapper mapper,
            BodyLimits limits,
            ClientAddresses clients,
            AllowedHosts allowedHosts,
            ServedRoutes served,
            Optional<RequestLogger> timings) {
        long maxRequestBytes = limits.ceiling();
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.events(events -> events.handlerAdded(served));
            timings.ifPresent(config.requestLogger::http);
            config.http.maxRequestSize = maxRequestBytes;
            config.jsonMapper(new JavalinJackson(mapper, false));
            // Jetty's per-connection cache of header fields walks a trie over each header's text;
            // with a bearer token of some 600 characters on every request that walk was a seventh of
            // the server's time (issue 19), for a cache that saves one small allocation.
            config.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheSize(0));
            // ctx.ip() is the client behind the trusted proxies, wherever it is asked for.
            config.contextResolver.ip = clients::of;
            config.jetty.modifyServletContextHandler(context -> context.addFilter(
                    new FilterHolder(new BoundedBodies(maxRequestBytes)), "/*", EnumSet.of(DispatcherType.REQUEST)));
        });
        app.exception(ApiException.class, (e, ctx) -> {
            if (e.status() == 413) {
                // The rest of a refused body is not worth reading: close instead of draining it.
                ctx.header("Connection", "close");
            }
            ctx.status(e.status()).json(new ErrorBody(e.code(), e.getMessage()));
        });
        app.exception(BoundedBodies.BodyTooLargeException.class, (e, ctx) -> {
            ApiException refused = BoundedBodies.tooLarge(e.limit());
            ctx.header("Connection", "close");
            ctx.status(413).json(new ErrorBody(refused.code(), refused.getMessage()));
        });
        if (!allowedHosts.allowsAny()) {
            app.before(allowedHosts);
        }
        app.exception(HttpResponseException.class, (e, ctx) -> {
            int status = e.getStatus();
            ErrorBody body =
                    switch (status) {
                        case 404 -> new ErrorBody("not_found", "No such endpoint: " + ctx.method() + " " + ctx.path());
                        case 405 ->
                            new ErrorBody("method_not_allowed", ctx.method() + " is not allowed on " + ctx.path());
                        case 413 -> {
                            ctx.header("Connection", "close");
                            yield new ErrorBody(
                                    "payload_too_large",
                                    "The request body is larger than " + maxRequestBytes + " bytes");
                        }
                        default -> new ErrorBody("http_" + status, e.getMessage());
                    };
            ctx.status(status).json(body);
        });
        app.exception(
                ViewRefused.class, (e, ctx) -> ctx.status(403).json(new ErrorBody("not_permitted", e.getMessage())));
        app.exception(DataAccessException.class, (e, ctx) -> {
            LOG.error("Database failure while serving {} {}", ctx.method(), ctx.path(), e);
            ctx.status(503)
                    .json(new ErrorBody(
                            "database_unavailable", "The database could not complete the request; try again shortly"));
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected failure while serving {} {}", ctx.method(), ctx.path(), e);
            ctx.status(500).json(new ErrorBody("internal_error", "Something went wrong on the server"));
        });
        return app;
    }
}
