package lab.spectra.server.metrics;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Times every API request as {@code http_server_requests_seconds{method, route, status}}, a
 * histogram with fixed buckets from 1 ms to 10 s. The route is the template the request matched
 * ({@code /api/lims/samples/{id}}), never the raw path, and the status is its class ({@code 2xx}),
 * so the number of series is bounded by the routes the server has, whatever callers send; a
 * request that matched no route is {@code UNMATCHED}.
 *
 * <p>Javalin calls this once per request after the answer is written, with the time since the
 * request arrived, for answers of handlers, error mappers and refusals alike.
 */
public final class RequestTimings implements RequestLogger {

    static final String NAME = "http.server.requests";
    static final String UNMATCHED = "UNMATCHED";

    /** Where a lab's alerts draw lines: a sync or a list in tens of ms, a report in seconds. */
    private static final Duration[] BUCKETS = {
        Duration.ofMillis(1),
        Duration.ofMillis(5),
        Duration.ofMillis(10),
        Duration.ofMillis(25),
        Duration.ofMillis(50),
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofMillis(2500),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10)
    };

    /** By the status's first digit; made once, not per request. */
    private static final String[] STATUS_CLASSES = {"0xx", "1xx", "2xx", "3xx", "4xx", "5xx"};

    private record Series(String method, String route, String status) {}

    private final MeterRegistry registry;
    // The registry finds a timer by its id too, but builds the id on every look-up; this does not.
    private final Map<Series, Timer> timers = new ConcurrentHashMap<>();

    public RequestTimings(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void handle(Context ctx, Float executionTimeMs) {
        record(ctx.method().name(), routeOf(ctx), ctx.statusCode(), (long) (executionTimeMs * 1_000_000.0));
    }

    /** Adds one request to its series; what {@link #handle} costs beyond Javalin's own work. */
    public void record(String method, String route, int status, long nanos) {
        timers.computeIfAbsent(new Series(method, route, STATUS_CLASSES[Math.min(status / 100, 5)]), this::timer)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    private Timer timer(Series series) {
        return Timer.builder(NAME)
                .description("API requests by method, route template and status class")
                .tag("method", series.method())
                .tag("route", series.route())
                .tag("status", series.status())
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }

    private static String routeOf(Context ctx) {
        String template;
        try {
            template = ctx.endpointHandlerPath();
        } catch (IllegalStateException refusedBeforeRouting) {
            // Refused by a before-handler (a host name the server does not answer to).
            return UNMATCHED;
        }
        return template == null || template.isEmpty() || "*".equals(template) ? UNMATCHED : template;
    }
}
