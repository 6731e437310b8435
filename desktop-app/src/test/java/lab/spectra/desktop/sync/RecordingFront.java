package lab.spectra.desktop.sync;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server (the JDK's) in front of the real test server, for the recorded pulls of
 * issue 22. Recording, it passes every call through and keeps the server's answers to the calls
 * that bring rows ({@code /sync/initial-load} and {@code /sync/pull}) byte for byte, with the
 * headers the bench reads. Replaying, it answers those calls with the recorded bytes, refuses any
 * such call it has no recording of (a test must not fall back on today's server unseen), and
 * passes the rest through: signing in, device keys, snapshots stay real.
 */
final class RecordingFront implements AutoCloseable {

    static final String EXCHANGES = "exchanges.tsv";

    /** A recorded answer: the call it answers, its status and headers, and the file holding its body. */
    record Exchange(String call, int status, String contentType, String protocols, String bodyFile) {
        String line() {
            return String.join("\t", call, Integer.toString(status), contentType, protocols, bodyFile);
        }

        static Exchange parse(String line) {
            String[] fields = line.split("\t", -1);
            return new Exchange(fields[0], Integer.parseInt(fields[1]), fields[2], fields[3], fields[4]);
        }
    }

    private static final Set<String> ROWS_CALLS = Set.of("/sync/initial-load", "/sync/pull");
    /** Headers the JDK's client sets itself. */
    private static final Set<String> NOT_PASSED = Set.of("host", "content-length", "connection", "expect", "upgrade");

    private static final String PROTOCOLS = "Spectra-Sync-Protocols";

    private final URI server;
    private final HttpServer front;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final HttpClient client = HttpClient.newHttpClient();
    /** Recording: the answers kept so far, the latest per call; replaying: what there is to serve. */
    private final Map<String, Exchange> exchanges = new LinkedHashMap<>();

    private final Map<String, byte[]> bodies = new LinkedHashMap<>();
    private final boolean recording;
    private final AtomicInteger served = new AtomicInteger();

    private RecordingFront(URI server, boolean recording) {
        this.server = server;
        this.recording = recording;
        try {
            front = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        front.createContext("/", this::handle);
        front.setExecutor(threads);
    }

    static RecordingFront recording(URI server) {
        RecordingFront front = new RecordingFront(server, true);
        front.front.start();
        return front;
    }

    /** Serves the answers recorded under the class path folder {@code resources}. */
    static RecordingFront replaying(URI server, String resources) {
        RecordingFront front = new RecordingFront(server, false);
        for (String line : new String(resource(resources, EXCHANGES), StandardCharsets.UTF_8)
                .lines()
                .toList()) {
            if (line.isBlank()) {
                continue;
            }
            Exchange exchange = Exchange.parse(line);
            front.exchanges.put(exchange.call(), exchange);
            front.bodies.put(exchange.call(), resource(resources, exchange.bodyFile()));
        }
        front.front.start();
        return front;
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + front.getAddress().getPort());
    }

    /** How many calls were answered from the recording. */
    int servedFromTheRecording() {
        return served.get();
    }

    /** Writes what was recorded: one body file per call, and the list of calls. */
    void writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Exchange> entry : exchanges.entrySet()) {
            Files.write(folder.resolve(entry.getValue().bodyFile()), bodies.get(entry.getKey()));
            lines.add(entry.getValue().line());
        }
        Files.write(folder.resolve(EXCHANGES), lines, StandardCharsets.UTF_8);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String call = call(exchange.getRequestURI());
            boolean rowsCall = ROWS_CALLS.contains(exchange.getRequestURI().getRawPath());
            if (rowsCall && !recording) {
                replay(exchange, call);
                return;
            }
            HttpResponse<byte[]> answer = passOn(exchange);
            if (rowsCall && answer.statusCode() == 200) {
                String contentType = answer.headers().firstValue("Content-Type").orElse("");
                String protocols = answer.headers().firstValue(PROTOCOLS).orElse("");
                synchronized (exchanges) {
                    exchanges.put(call, new Exchange(call, 200, contentType, protocols, fileName(call, contentType)));
                    bodies.put(call, answer.body());
                }
            }
            answer.headers().map().forEach((name, values) -> {
                String lower = name.toLowerCase(Locale.ROOT);
                if (!lower.equals("content-length") && !lower.equals("transfer-encoding") && !lower.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            send(exchange, answer.statusCode(), answer.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void replay(HttpExchange exchange, String call) throws IOException {
        Exchange recorded = exchanges.get(call);
        if (recorded == null) {
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            send(exchange, 500, ("No recording of " + call).getBytes(StandardCharsets.UTF_8));
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", recorded.contentType());
        if (!recorded.protocols().isEmpty()) {
            exchange.getResponseHeaders().set(PROTOCOLS, recorded.protocols());
        }
        served.incrementAndGet();
        send(exchange, recorded.status(), bodies.get(call));
    }

    private HttpResponse<byte[]> passOn(HttpExchange exchange) throws IOException, InterruptedException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        server.resolve(exchange.getRequestURI().toString()))
                .method(
                        exchange.getRequestMethod(),
                        body.length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_PASSED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /**
     * A call as recordings name it: its path and where a pull starts. The page size is the bench's
     * to choose and may change between releases; the rows after a checkpoint are the server's.
     */
    private static String call(URI uri) {
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        return Arrays.stream(query.split("&"))
                .filter(parameter -> parameter.startsWith("after="))
                .findFirst()
                .map(after -> uri.getRawPath() + "?" + after)
                .orElse(uri.getRawPath());
    }

    /** {@code /sync/pull?after=12} becomes {@code sync-pull-after-12.ndjson}. */
    private static String fileName(String call, String contentType) {
        String name = call.replaceFirst("^/", "").replaceAll("[^A-Za-z0-9]+", "-");
        return name
                + (contentType.contains("json") && !contentType.contains("ndjson") && !contentType.contains("x-")
                        ? ".json"
                        : ".ndjson");
    }

    private static byte[] resource(String folder, String name) {
        String path = "/" + folder + "/" + name;
        try (InputStream in = RecordingFront.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The recording " + path + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        front.stop(0);
        threads.shutdownNow();
    }
}
