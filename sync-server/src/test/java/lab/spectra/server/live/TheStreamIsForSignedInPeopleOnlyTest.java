package lab.spectra.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lab.spectra.server.testing.EventStream;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;

class TheStreamIsForSignedInPeopleOnlyTest {

    private final LiveLab live = new LiveLab();
    private final Http http = live.demo.http;
    private final URI base = http.base();
    private final ServerLab.Org org = live.organization("who-listens");

    @Test
    void withoutATokenTheStreamIsA401() throws Exception {
        try (EventStream stream = EventStream.open(base, null)) {
            assertThat(stream.status()).isEqualTo(401);
            assertThat(new ObjectMapper().readTree(stream.body()).get("code").asText())
                    .isEqualTo("not_authenticated");
        }
    }

    @Test
    void aForgedTokenIsA401() {
        try (EventStream stream = EventStream.withToken(base, "eyJhbGciOiJIUzI1NiJ9.e30.forged")) {
            assertThat(stream.status()).isEqualTo(401);
        }
    }

    @Test
    void anApiKeyGetsNoStreamEvenWithEveryScope() {
        String admin = LiveLab.signIn(http, org, "admin");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "instrument PC");
        body.put("scopes", List.of("runs:read", "results:write"));
        body.put("expires_at", Instant.now().plus(30, ChronoUnit.DAYS).toString());
        Http.Response created = http.post("/api/admin/api-keys", admin, body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);

        try (EventStream stream =
                EventStream.open(base, "ApiKey " + created.body().get("key").asText())) {
            assertThat(stream.status()).isEqualTo(403);
            assertThat(stream.body()).contains("api_key_not_allowed");
        }
    }

    @Test
    void aCallerNotAskingForAnEventStreamIsTold406() throws Exception {
        String token = LiveLab.signIn(http, org, "tech");
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.resolve("/sync/events"))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(406);
        assertThat(new ObjectMapper().readTree(answer.body()).get("code").asText())
                .isEqualTo("not_acceptable");
    }
}
