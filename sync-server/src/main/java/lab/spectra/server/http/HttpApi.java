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
 * a request size limit, and every failure answered as {@code {code, message}} - never a bare
 * 500 page, never a stack trace to the caller.
 */
public final class HttpApi {

    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);

    private HttpApi() {
    }

    public static Javalin create(ObjectMapper mapper, long maxRequestBytes) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = maxRequestBytes;
            config.jsonMapper(new JavalinJackson(mapper, false));
        });
        app.exception(ApiException.class, (e, ctx) ->
                ctx.status(e.status()).json(new ErrorBody(e.code(), e.getMessage())));
        app.exception(HttpResponseException.class, (e, ctx) -> {
            int status = e.getStatus();
            String code = status == 413 ? "payload_too_large" : "http_" + status;
            String message = status == 413 ? "The request body is larger than " + maxRequestBytes + " bytes"
                    : e.getMessage();
            ctx.status(status).json(new ErrorBody(code, message));
        });
        app.exception(DataAccessException.class, (e, ctx) -> {
            LOG.error("Database failure while serving {} {}", ctx.method(), ctx.path(), e);
            ctx.status(503).json(new ErrorBody("database_unavailable",
                    "The database could not complete the request; try again shortly"));
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected failure while serving {} {}", ctx.method(), ctx.path(), e);
            ctx.status(500).json(new ErrorBody("internal_error", "Something went wrong on the server"));
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                ctx.json(new ErrorBody("not_found", "No such endpoint: " + ctx.method() + " " + ctx.path()));
            }
        });
        app.error(405, ctx -> ctx.json(new ErrorBody("method_not_allowed", "Method not allowed here")));
        return app;
    }
}
