package lab.spectra.desktop.auth.oidc;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The redirect target of a native app (RFC 8252, section 7.3): a one-request web server on the
 * loopback interface, on a port the system picks, at {@code /callback}. Only this PC can reach it;
 * it takes the first redirect and answers the browser with a page that sends the person back to
 * the app.
 */
final class LoopbackRedirect implements AutoCloseable {

    private static final String PAGE = "<!doctype html><html><head><meta charset=\"utf-8\"><title>SPECTRA-Lab</title>"
            + "</head><body style=\"font-family:sans-serif;margin:3em\"><h2>%s</h2><p>You can close this tab and go"
            + " back to SPECTRA-Lab Workstation.</p></body></html>";

    private final HttpServer server;
    private final CompletableFuture<Map<String, String>> redirect = new CompletableFuture<>();

    private LoopbackRedirect(HttpServer server) {
        this.server = server;
    }

    static LoopbackRedirect open() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            LoopbackRedirect listener = new LoopbackRedirect(server);
            server.createContext("/callback", listener::receive);
            server.start();
            return listener;
        } catch (IOException e) {
            throw new UncheckedIOException("No port on this PC could take the sign-in's redirect", e);
        }
    }

    /** {@code http://127.0.0.1:<port>/callback} */
    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/callback");
    }

    /** The redirect's query parameters, once the browser arrives; cancelling it ends the wait. */
    CompletableFuture<Map<String, String>> redirect() {
        return redirect;
    }

    private void receive(HttpExchange exchange) throws IOException {
        Map<String, String> parameters = query(exchange.getRequestURI());
        boolean first = redirect.complete(parameters);
        String heading = !first
                ? "This sign-in has already been handled."
                : parameters.containsKey("code") ? "You are signed in." : "Signing in did not work.";
        byte[] page = String.format(PAGE, heading).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, page.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(page);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            String[] parts = pair.split("=", 2);
            values.putIfAbsent(
                    URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length == 2 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    @Override
    public void close() {
        redirect.cancel(false);
        server.stop(0);
    }
}
