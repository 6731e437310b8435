package lab.spectra.server.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No API key can e-sign: every route that signs, approves or reviews (and the sync push, which
 * carries offline signatures and countersignatures) is registered without an API-key scope, and
 * answers even a key holding every scope 403.
 */
class AKeyCanNeverSignTest {

    private static final Pattern SIGNING = Pattern.compile(".*/(sign|approve|review|reviews|push)$");

    private static KeyLab keys;

    @BeforeAll
    static void lab() {
        keys = new KeyLab("never-signs");
    }

    @AfterAll
    static void stop() {
        keys.close();
    }

    @Test
    void everySigningApprovingAndReviewingRouteRefusesAKeyWithEveryScope() {
        String key = keys.key("Everything", "results:write", "attachments:write", "samples:read", "runs:read");
        List<ApiRoutes.Route> signing = keys.server.server.routes().stream()
                .filter(route -> route.method() == HandlerType.POST || route.method() == HandlerType.PUT)
                .filter(route -> SIGNING.matcher(route.path()).matches())
                .toList();

        assertThat(signing)
                .extracting(ApiRoutes.Route::path)
                .contains(
                        "/api/lims/eln/{id}/sign",
                        "/api/lims/recipes/{id}/approve",
                        "/api/lims/sops/{id}/approve",
                        "/api/analysis/runs/{id}/review",
                        "/sync/push");
        assertThat(signing)
                .allSatisfy(route ->
                        assertThat(route.apiKeyScope()).as(route.path()).isNull());
        for (ApiRoutes.Route route : signing) {
            String path = route.path().replace("{id}", UUID.randomUUID().toString());
            Http.Response answer = keys.http()
                    .send(route.method().name(), path, key, "{\"password\":\"anything\",\"meaning\":\"author\"}");
            assertThat(answer.status()).as(route.path()).isEqualTo(403);
            assertThat(answer.code()).as(route.path()).isEqualTo("api_key_not_allowed");
        }
    }
}
