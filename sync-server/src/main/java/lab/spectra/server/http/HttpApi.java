package lab.spectra.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import lab.spectra.model.jdbc.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Javalin application with the product's conventions: JSON in and out in the strict dialect,
 * a request size limit, requests only for the server's own host names where it has a list of
 * them, and every failure answered as {@code {code, message}} - never a bare 500 page, never a
 * stack trace to the caller.
 */
public final class HttpApi {

    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);

    private HttpApi() {}

    public static Javalin create(ObjectMapper mapper, long maxRequestBytes, AllowedHosts allowedHosts) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = maxRequestBytes;
            config.jsonMapper(new JavalinJackson(mapper, false));
        });
        if (!allowedHosts.allowsAny()) {
            app.before(allowedHosts);
        }
        app.exception(
                ApiException.class, (e, ctx) -> ctx.status(e.status()).json(new ErrorBody(e.code(), e.getMessage())));
        app.exception(HttpResponseException.class, (e, ctx) -> {
            int status = e.getStatus();
            ErrorBody body =
                    switch (status) {
                        case 404 -> new ErrorBody("not_found", "No such endpoint: " + ctx.method() + " " + ctx.path());
                        case 405 ->
                            new ErrorBody("method_not_allowed", ctx.method() + " is not allowed on " + ctx.path());
                        case 413 ->
                            new ErrorBody(
                                    "payload_too_large",
                                    "The request body is larger than " + maxRequestBytes + " bytes");
                        default -> new ErrorBody("http_" + status, e.getMessage());
                    };
            ctx.status(status).json(body);
        });
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
