package lab.spectra.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small HTTP client for tests: real requests over loopback, JSON answers parsed. */
public final class Http {

    public record Response(int status, JsonNode body, HttpResponse<String> raw) {
        public String code() {
            return body.path("code").asText();
        }

        public String message() {
            return body.path("message").asText();
        }
    }

    private final URI base;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper = new ObjectMapper();

    public Http(URI base) {
        this.base = base;
    }

    public Response get(String path, String token) {
        return send(builder(path, token).GET());
    }

    public Response post(String path, String token, String body) {
        return send(builder(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response post(String path, String token, Object body) {
        return post(path, token, json(body));
    }

    /** A JSON POST with extra headers, e.g. {@code X-Forwarded-For}. */
    public Response post(String path, String token, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = builder(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : json(body)));
        headers.forEach(request::header);
        return send(request);
    }

    public Response put(String path, String token, Object body) {
        return send(builder(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : json(body))));
    }

    public Response send(String method, String path, String token, String body) {
        return send(builder(path, token)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A request with extra headers, e.g. {@code X-Workstation-Id}. */
    public Response send(String method, String path, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder builder = builder(path, token)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(builder::header);
        return send(builder);
    }

    /** A request whose body is bytes as they are (a part of an upload). */
    public Response sendBytes(String method, String path, String token, byte[] body) {
        return send(builder(path, token)
                .header("Content-Type", "application/octet-stream")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A GET whose answer is kept as bytes (a file). */
    public HttpResponse<byte[]> download(String path, String token) {
        try {
            return client.send(builder(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("Request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    public URI base() {
        return base;
    }

    public String json(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private HttpRequest.Builder builder(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            // An API key (spk_...) goes in its own scheme; anything else is a bearer token.
            builder.header("Authorization", (token.startsWith("spk_") ? "ApiKey " : "Bearer ") + token);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body() == null || response.body().isBlank()
                    ? MissingNode.getInstance()
                    : mapper.readTree(response.body());
            return new Response(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new IllegalStateException("Request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
