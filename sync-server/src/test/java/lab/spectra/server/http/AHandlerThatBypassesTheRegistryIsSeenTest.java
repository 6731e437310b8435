package lab.spectra.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.util.List;
import lab.spectra.model.protocol.DomainJson;
import org.junit.jupiter.api.Test;

/**
 * The served routes are what Javalin itself reports, not what the registry remembers: a handler
 * added past the registry shows up there, so the OpenAPI test comparing the two would catch it.
 */
class AHandlerThatBypassesTheRegistryIsSeenTest {

    @Test
    void aHandlerAddedStraightToJavalinIsServedButNotRegistered() {
        BodyLimits limits = new BodyLimits(64 * 1024, 64 * 1024);
        ServedRoutes served = new ServedRoutes();
        Javalin app = HttpApi.create(
                DomainJson.newMapper(),
                limits,
                new ClientAddresses(List.of()),
                // A host-name check is a filter before every route; it must not count as a route.
                new AllowedHosts(List.of("localhost")),
                served);
        ApiRoutes registry = new ApiRoutes(app, null, limits);

        registry.open(HandlerType.GET, "/registered", "A route the document describes", null, ctx -> {});
        app.post("/bypass", ctx -> {});

        assertThat(served.all()).containsExactly("GET /registered", "POST /bypass");
        assertThat(registry.all())
                .extracting(route -> route.method() + " " + route.path())
                .containsExactly("GET /registered");
    }
}
