package lab.spectra.server.auth.oidc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider's endpoints from its OpenID Connect discovery document
 * ({@code <issuer>/.well-known/openid-configuration}), read when a bench first asks and kept
 * from then on: a provider moves its endpoints rarely, and a restart picks up a move. A failed
 * read is not kept, so the next bench's question tries again.
 */
public final class ProviderDiscovery {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderDiscovery.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    /** Where a bench sends a person to sign in, and where it trades the code for tokens. */
    public record Endpoints(URI authorization, URI token) {
        public Endpoints {
            Objects.requireNonNull(authorization, "authorization");
            Objects.requireNonNull(token, "token");
        }
    }

    private final String issuer;
    private final HttpClient http;
    private final ObjectMapper mapper;
    private final AtomicReference<Endpoints> known = new AtomicReference<>();

    public ProviderDiscovery(String issuer, ObjectMapper mapper) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.http = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The endpoints, or empty when the provider cannot be asked now or answers nonsense (logged). */
    public Optional<Endpoints> endpoints() {
        Endpoints cached = known.get();
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Endpoints> read = read();
        read.ifPresent(known::set);
        return read;
    }

    private Optional<Endpoints> read() {
        URI document = URI.create(issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration");
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(document)
                            .timeout(TIMEOUT)
                            .header("Accept", "application/json")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warn("The OIDC discovery document {} answered {}", document, response.statusCode());
                return Optional.empty();
            }
            JsonNode body = mapper.readTree(response.body());
            // The document must be the issuer's own (OpenID Connect Discovery 1.0, section 4.3).
            if (!issuer.equals(body.path("issuer").asText())) {
                LOG.warn("The OIDC discovery document {} names issuer {}", document, body.path("issuer"));
                return Optional.empty();
            }
            return Optional.of(
                    new Endpoints(endpoint(body, "authorization_endpoint"), endpoint(body, "token_endpoint")));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("The OIDC discovery document {} could not be read: {}", document, e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** An endpoint from the document; https, except on a loopback host (a provider in a test). */
    private static URI endpoint(JsonNode body, String name) {
        URI uri = URI.create(body.path(name).asText(""));
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!"https".equalsIgnoreCase(uri.getScheme())
                && !("http".equalsIgnoreCase(uri.getScheme()) && LOOPBACK.contains(host))) {
            throw new IllegalArgumentException(name + " is not an https address: " + uri);
        }
        return uri;
    }
}
