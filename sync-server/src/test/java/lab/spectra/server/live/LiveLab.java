package lab.spectra.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.PushRequest;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.ServerLab;

/** Organizations of their own on the shared test server, whose people sign in over HTTP. */
final class LiveLab {

    static final String PASSWORD = "live-password-1";

    final DemoServer demo = DemoServer.get();
    final ServerLab lab = new ServerLab(demo.postgres);
    private final String passwordHash = demo.server.parts().passwordHasher().hash(PASSWORD.toCharArray());

    ServerLab.Org organization(String prefix) {
        return lab.createOrganization(
                prefix + "-" + UUID.randomUUID().toString().substring(0, 8), passwordHash);
    }

    static String email(ServerLab.Org org, String who) {
        return who + "@" + org.organization().slug() + ".test";
    }

    /** An access token of one of the organization's people, signed in on the server {@code http} reaches. */
    static String signIn(Http http, ServerLab.Org org, String who) {
        Http.Response response =
                http.post("/auth/login", null, Map.of("username", email(org, who), "password", PASSWORD));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body().get("access_token").asText();
    }

    /** Pushes a new sample made by the organization's engineer; answers its id. */
    UUID pushSample(Http http, ServerLab.Org org, String token) throws Exception {
        CreateSample create = new CreateSample(
                lab.meta(org.engineer()), Ids.newId(), "Live sample", "L-" + Ids.newId(), null, null, null);
        Http.Response answer =
                http.post("/sync/push", token, lab.mapper.writeValueAsString(new PushRequest(List.of(create))));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        assertThat(answer.body().get("results").get(0).get("status").asText()).isEqualTo("applied");
        return create.sampleId();
    }
}
