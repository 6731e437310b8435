package lab.spectra.server.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * {@code GET /metrics} in the Prometheus text format (OpenMetrics when the scraper asks for it),
 * on the management address of its own (ADR 0035): never on the API's port, so the public
 * listener, its reverse proxy and its OpenAPI document know nothing of it, and by default bound to
 * loopback, so only this machine - a Prometheus or an agent beside the server - can read it.
 * A small JDK HTTP server with one thread: a scrape every few seconds needs no more, and it stays
 * out of the API's request pipeline and its timings.
 */
final class MetricsEndpoint implements AutoCloseable {

    static final String PATH = "/metrics";

    /** The two exposition formats, as their specifications name them; the registry writes either. */
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    static final String OPEN_METRICS = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService thread;

    private MetricsEndpoint(HttpServer server, ExecutorService thread) {
        this.server = server;
        this.thread = thread;
    }

    /** @throws UncheckedIOException when the address cannot be bound (taken, or not this machine's) */
    static MetricsEndpoint start(InetSocketAddress address, PrometheusMeterRegistry registry) {
        HttpServer server;
        try {
            server = HttpServer.create(address, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serve metrics on " + address + ": " + e.getMessage(), e);
        }
        ExecutorService thread = Executors.newSingleThreadExecutor(work -> {
            Thread scrapes = new Thread(work, "spectra-metrics");
            scrapes.setDaemon(true);
            return scrapes;
        });
        server.setExecutor(thread);
        server.createContext("/", exchange -> answer(exchange, registry));
        server.start();
        return new MetricsEndpoint(server, thread);
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    private static void answer(HttpExchange exchange, PrometheusMeterRegistry registry) throws IOException {
        try (exchange) {
            if (!PATH.equals(exchange.getRequestURI().getPath())) {
                refuse(exchange, 404, "not_found", "Only " + PATH + " is served on this port");
                return;
            }
            String method = exchange.getRequestMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                refuse(exchange, 405, "method_not_allowed", "Only GET and HEAD are allowed on " + PATH);
                return;
            }
            String contentType = contentType(exchange.getRequestHeaders().getFirst("Accept"));
            ByteArrayOutputStream text = new ByteArrayOutputStream(64 * 1024);
            boolean gzip = accepts(exchange.getRequestHeaders().getFirst("Accept-Encoding"), "gzip");
            try (OutputStream out = gzip ? new GZIPOutputStream(text) : text) {
                registry.scrape(out, contentType);
            }
            exchange.getResponseHeaders().set("Content-Type", contentType);
            if (gzip) {
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            if ("HEAD".equals(method)) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, text.size());
            text.writeTo(exchange.getResponseBody());
        }
    }

    /** OpenMetrics when the scraper lists it (Prometheus does), the classic text format otherwise. */
    private static String contentType(String accept) {
        return accepts(accept, "application/openmetrics-text") ? OPEN_METRICS : PROMETHEUS_TEXT;
    }

    private static boolean accepts(String header, String value) {
        return header != null && header.contains(value);
    }

    private static void refuse(HttpExchange exchange, int status, String code, String message) throws IOException {
        byte[] body = ("{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
        thread.shutdownNow();
    }
}
