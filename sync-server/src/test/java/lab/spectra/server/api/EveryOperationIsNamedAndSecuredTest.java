package lab.spectra.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lab.spectra.server.testing.DemoServer;
import org.junit.jupiter.api.Test;

/**
 * What a linter and a client generator need of every operation of the served document: a unique
 * operationId, a declared security (empty for open routes), every path parameter described, and a
 * server to call.
 */
class EveryOperationIsNamedAndSecuredTest {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private final JsonNode document =
            DemoServer.get().http.get("/openapi.json", null).body();

    @Test
    void everyOperationHasItsOwnOperationId() {
        List<String> ids = new ArrayList<>();
        operations()
                .forEach((name, operation) ->
                        ids.add(operation.path("operationId").asText()));

        assertThat(ids).doesNotContain("").doesNotHaveDuplicates();
        assertThat(ids)
                .contains("login", "listSamples", "getSample", "createSample", "approveRecipe", "announceUpload");
    }

    @Test
    void everyOperationDeclaresItsSecurityAndOpenOnesDeclareNone() {
        operations()
                .forEach((name, operation) ->
                        assertThat(operation.has("security")).as(name).isTrue());
        assertThat(operations().get("POST /auth/login").path("security").isEmpty())
                .isTrue();
        assertThat(operations().get("GET /api/lims/samples").path("security").toString())
                .contains("bearer");
    }

    @Test
    void everyPathParameterIsDescribed() {
        operations().forEach((name, operation) -> {
            Matcher parameters = PATH_PARAMETER.matcher(name);
            while (parameters.find()) {
                String parameter = parameters.group(1);
                assertThat(operation.path("parameters").findValuesAsText("name"))
                        .as(name)
                        .contains(parameter);
            }
        });
    }

    @Test
    void theDocumentNamesAServer() {
        assertThat(document.path("servers").isEmpty()).isFalse();
    }

    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new java.util.LinkedHashMap<>();
        for (var path : document.path("paths").properties()) {
            for (var method : path.getValue().properties()) {
                operations.put(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), method.getValue());
            }
        }
        return operations;
    }
}
