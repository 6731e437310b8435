package lab.spectra.server.metrics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One read of a metrics endpoint, as Prometheus makes it, and the samples in its text: a sample
 * is found by its name and the labels it must carry, whatever their order.
 */
record Scrape(int status, String contentType, String text) {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static Scrape of(URI uri) {
        return get(uri, Map.of());
    }

    static Scrape get(URI uri, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
            return new Scrape(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Scrape of " + uri + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The sample lines of {@code name} (exactly that name) that carry every one of {@code labels}. */
    List<String> samples(String name, Map<String, String> labels) {
        return text.lines()
                .filter(line -> !line.startsWith("#"))
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> labels.entrySet().stream()
                        .allMatch(label -> line.contains(label.getKey() + "=\"" + label.getValue() + "\"")))
                .toList();
    }

    /** The value of the one sample of {@code name} with these labels; 0 when there is none yet. */
    double value(String name, Map<String, String> labels) {
        List<String> found = samples(name, labels);
        if (found.size() > 1) {
            throw new IllegalArgumentException("More than one sample of " + name + " " + labels + ": " + found);
        }
        if (found.isEmpty()) {
            return 0;
        }
        String line = found.get(0);
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }
}
