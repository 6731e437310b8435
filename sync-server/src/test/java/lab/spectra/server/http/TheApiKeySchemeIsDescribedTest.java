package lab.spectra.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Instrument software reads from the document how to send its key ({@code Authorization: ApiKey
 * <key>}) and which operations take one, with the scope each needs, beside the bearer token.
 */
class TheApiKeySchemeIsDescribedTest {

    private final JsonNode document = OpenApiDocument.describe(
            List.of(
                    new ApiRoutes.Route(
                            HandlerType.POST,
                            "/api/analysis/runs/{id}/results",
                            "Record a result",
                            true,
                            null,
                            List.of(),
                            201,
                            1024,
                            "results:write"),
                    new ApiRoutes.Route(
                            HandlerType.GET,
                            "/api/lims/samples",
                            "List samples",
                            true,
                            null,
                            List.of(),
                            200,
                            1024,
                            null),
                    new ApiRoutes.Route(
                            HandlerType.GET,
                            "/health",
                            "The server is alive",
                            false,
                            null,
                            List.of(),
                            200,
                            1024,
                            null)),
            Map.of(),
            "test");

    @Test
    void theSchemeIsTheAuthorizationHeaderWithTheApiKeyPrefixAndNamesTheScopesInUse() {
        JsonNode scheme = document.at("/components/securitySchemes/apiKey");

        assertThat(scheme.path("type").asText()).isEqualTo("apiKey");
        assertThat(scheme.path("in").asText()).isEqualTo("header");
        assertThat(scheme.path("name").asText()).isEqualTo("Authorization");
        assertThat(scheme.path("description").asText())
                .contains("Authorization: ApiKey <key>")
                .contains("results:write");
    }

    @Test
    void aRouteWithAScopeTakesAKeyAsAnAlternativeToABearerToken() {
        JsonNode operation = document.at("/paths/~1api~1analysis~1runs~1{id}~1results/post");

        assertThat(operation.path("security").toString()).isEqualTo("[{\"bearer\":[]},{\"apiKey\":[]}]");
        assertThat(operation.path("description").asText()).contains("`results:write`");
        assertThat(operation.path("x-api-key-scope").asText()).isEqualTo("results:write");
    }

    @Test
    void aRouteWithoutAScopeTakesOnlyABearerTokenAndAnOpenRouteNoCredentials() {
        assertThat(document.at("/paths/~1api~1lims~1samples/get/security").toString())
                .isEqualTo("[{\"bearer\":[]}]");
        assertThat(document.at("/paths/~1health/get/security").toString()).isEqualTo("[]");
    }
}
