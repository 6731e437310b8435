package lab.spectra.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A client of {@code GET /sync/events} over real HTTP: the status, then what the stream carries,
 * line by line, as a test reads it: the data of each change event, heartbeats, and its end.
 */
public final class EventStream implements AutoCloseable {

    /** What the stream said next. */
    public sealed interface Said {}

    /** A change event; {@code changeNumber} its data. */
    public record Change(long changeNumber) implements Said {}

    /** A comment line kept the stream alive. */
    public record Heartbeat() implements Said {}

    /** The server ended the stream (or the connection dropped). */
    public record Ended() implements Said {}

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<Said> said = new LinkedBlockingQueue<>();

    private EventStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        if (response.statusCode() == 200) {
            Thread reader = new Thread(this::read, "test-event-stream");
            reader.setDaemon(true);
            reader.start();
        }
    }

    /** Opens the stream with {@code Authorization}, if given, and returns once the answer's head is in. */
    public static EventStream open(URI base, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/sync/events"))
                .header("Accept", "text/event-stream")
                .GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return new EventStream(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** With a signed-in person's access token. */
    public static EventStream withToken(URI base, String accessToken) {
        return open(base, "Bearer " + accessToken);
    }

    public int status() {
        return response.statusCode();
    }

    public Optional<String> header(String name) {
        return response.headers().firstValue(name);
    }

    /** The error body of a refused stream. */
    public String body() {
        try (Stream<String> lines = response.body()) {
            return String.join("\n", lines.toList());
        }
    }

    /** The next thing said, skipping heartbeats; fails if nothing comes within {@code patience}. */
    public Said next(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Said next = said.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (next == null) {
                throw new AssertionError("The stream said nothing within " + patience);
            }
            if (!(next instanceof Heartbeat)) {
                return next;
            }
        }
    }

    /** The next thing said, heartbeats included. */
    public Said nextIncludingHeartbeats(Duration patience) throws InterruptedException {
        Said next = said.poll(patience.toNanos(), TimeUnit.NANOSECONDS);
        if (next == null) {
            throw new AssertionError("The stream said nothing within " + patience);
        }
        return next;
    }

    /** The next change event; fails on anything else. */
    public long nextChange(Duration patience) throws InterruptedException {
        Said next = next(patience);
        if (next instanceof Change change) {
            return change.changeNumber();
        }
        throw new AssertionError("Expected a change event, the stream said " + next);
    }

    private void read() {
        try (Stream<String> lines = response.body()) {
            lines.forEach(line -> {
                if (line.startsWith("data:")) {
                    said.add(new Change(Long.parseLong(line.substring(5).strip())));
                } else if (line.startsWith(":")) {
                    said.add(new Heartbeat());
                }
            });
        } catch (UncheckedIOException | IllegalStateException e) {
            // the connection dropped: an end like any other
        } finally {
            said.add(new Ended());
        }
    }

    @Override
    public void close() {
        // Closing the body's stream cancels the exchange and hangs up.
        response.body().close();
    }
}
