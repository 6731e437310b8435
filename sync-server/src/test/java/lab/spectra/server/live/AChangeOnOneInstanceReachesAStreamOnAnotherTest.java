package lab.spectra.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import lab.spectra.server.SyncServer;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.EventStream;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;

class AChangeOnOneInstanceReachesAStreamOnAnotherTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final LiveLab live = new LiveLab();
    private final ServerLab.Org org = live.organization("two-instances");

    @Test
    void aPushToTheFirstInstanceIsAnnouncedOnTheStreamOfTheSecond() throws Exception {
        // A second instance on the same PostgreSQL database, as behind a load balancer.
        try (SyncServer second = SyncServer.start(DemoServer.config(live.demo.postgres, false))) {
            Http first = live.demo.http;
            String pushing = LiveLab.signIn(first, org, "engineer");
            String watching = LiveLab.signIn(new Http(second.baseUri()), org, "tech");

            try (EventStream stream = EventStream.withToken(second.baseUri(), watching)) {
                assertThat(stream.status()).isEqualTo(200);
                assertThat(stream.header("Content-Type"))
                        .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));

                live.pushSample(first, org, pushing);
                long announced = stream.nextChange(PATIENCE);

                Http.Response pulled = new Http(second.baseUri()).get("/sync/pull?after=0&limit=1000", watching);
                assertThat(announced)
                        .as("the number announced is the organization's newest change")
                        .isEqualTo(pulled.body().get("next_checkpoint").asLong());
            }
        }
    }
}
