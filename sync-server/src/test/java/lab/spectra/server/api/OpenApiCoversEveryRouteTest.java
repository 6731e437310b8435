package lab.spectra.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document describes every route the server actually answers, and only those. */
class OpenApiCoversEveryRouteTest {

    private final DemoServer demo = DemoServer.get();

    @Test
    void everyServedRouteIsInTheDocument() {
        Http.Response response = demo.http.get("/openapi.json", null);
        assertThat(response.status()).isEqualTo(200);
        JsonNode paths = response.body().get("paths");

        List<String> documented = new ArrayList<>();
        for (var path : paths.properties()) {
            path.getValue()
                    .fieldNames()
                    .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey()));
        }
        List<String> served = demo.server.servedRoutes().stream()
                .filter(route -> !route.equals("GET /openapi.json"))
                .toList();

        assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
        assertThat(served)
                .contains(
                        "POST /auth/login",
                        "POST /api/analysis/runs",
                        "GET /api/lims/samples/{id}",
                        "POST /api/lims/eln/{id}/sign",
                        "GET /api/lims/eln/{id}/record.pdf",
                        "GET /api/analysis/calibrations/status",
                        "GET /health");
    }

    @Test
    void thePrintedRecordIsDescribedAsAPdf() {
        JsonNode success = demo.http
                .get("/openapi.json", null)
                .body()
                .get("paths")
                .get("/api/lims/eln/{id}/record.pdf")
                .get("get")
                .get("responses")
                .get("200");
        assertThat(success.get("content").has("application/pdf")).isTrue();
    }

    @Test
    void requestBodiesAreDescribedFromTheRecordsTheHandlersRead() {
        JsonNode login = demo.http
                .get("/openapi.json", null)
                .body()
                .get("paths")
                .get("/auth/login")
                .get("post");
        JsonNode schema = schemaAt(
                login.get("requestBody").get("content").get("application/json").get("schema"));
        assertThat(schema.get("properties").has("username")).isTrue();
        assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
    }

    /** A body's schema, following its reference into the document's components. */
    private JsonNode schemaAt(JsonNode schema) {
        if (!schema.has("$ref")) {
            return schema;
        }
        return demo.http
                .get("/openapi.json", null)
                .body()
                .at(schema.get("$ref").asText().substring(1));
    }
}
