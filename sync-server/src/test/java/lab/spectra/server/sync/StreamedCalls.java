package lab.spectra.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import lab.spectra.model.protocol.RowStreams;

/** The streamed sync routes over real HTTP, read line by line as a bench reads them. */
final class StreamedCalls {

    private final URI base;
    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();

    StreamedCalls(URI base) {
        this.base = base;
    }

    /** An open answer: its status, media type and body, read as far as the caller likes. */
    record Opened(int status, String mediaType, BufferedReader body) implements AutoCloseable {
        /** A whole answer as text. */
        record Answer(int status, String mediaType, String text) {}

        @Override
        public void close() throws IOException {
            body.close();
        }
    }

    Opened open(String path, String token, String accept) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(base.resolve(path)).GET().header("Accept", accept);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<InputStream> response =
                    client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String type = response.headers().firstValue("Content-Type").orElse("");
            return new Opened(
                    response.statusCode(),
                    type.split(";")[0].strip(),
                    new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode line(Opened opened) {
        try {
            String line = opened.body().readLine();
            return line == null ? null : mapper.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<JsonNode> rest(Opened opened) {
        List<JsonNode> lines = new ArrayList<>();
        JsonNode line;
        while ((line = line(opened)) != null) {
            lines.add(line);
        }
        return lines;
    }

    /** Every line of a streamed answer; fails unless it was a 200 stream. */
    List<JsonNode> lines(String path, String token) {
        try (Opened opened = open(path, token, RowStreams.MEDIA_TYPE)) {
            if (opened.status() != 200 || !opened.mediaType().equals(RowStreams.MEDIA_TYPE)) {
                throw new IllegalStateException(
                        path + " answered " + opened.status() + " " + opened.mediaType() + ": " + rest(opened));
            }
            return rest(opened);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A whole answer's first line as JSON, e.g. an error's {code, message}. */
    Opened.Answer answer(String path, String token, String accept) {
        try (Opened opened = open(path, token, accept)) {
            StringBuilder text = new StringBuilder();
            String line;
            while ((line = opened.body().readLine()) != null) {
                text.append(line).append('\n');
            }
            return new Opened.Answer(opened.status(), opened.mediaType(), text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
