package lab.spectra.server.health;

import io.javalin.http.HandlerType;
import java.util.Map;
import lab.spectra.server.db.DatabaseHealth;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.ErrorBody;

/** Liveness ({@code /health}) and database reachability ({@code /health/db}) for load balancers. */
public final class HealthRoutes {

    public static void register(ApiRoutes routes, DatabaseHealth database) {
        routes.open(HandlerType.GET, "/health", "The server is alive", null, ctx -> ctx.json(Map.of("status", "ok")));
        routes.open(HandlerType.GET, "/health/db", "The database answers", null, ctx -> {
            if (database.answers()) {
                ctx.json(Map.of("status", "ok", "database", "reachable"));
            } else {
                ctx.status(503).json(new ErrorBody("database_unavailable", "The database does not answer"));
            }
        });
    }

    private HealthRoutes() {}
}
