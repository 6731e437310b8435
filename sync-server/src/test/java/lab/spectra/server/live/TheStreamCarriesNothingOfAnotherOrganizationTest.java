package lab.spectra.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import lab.spectra.server.testing.EventStream;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;

class TheStreamCarriesNothingOfAnotherOrganizationTest {

    private final LiveLab live = new LiveLab();
    private final Http http = live.demo.http;
    private final ServerLab.Org ours = live.organization("ours");
    private final ServerLab.Org theirs = live.organization("theirs");

    @Test
    void changesOfAnotherOrganizationAreNeverAnnouncedAndOursAre() throws Exception {
        String watching = LiveLab.signIn(http, ours, "tech");
        String oursPushing = LiveLab.signIn(http, ours, "engineer");
        String theirsPushing = LiveLab.signIn(http, theirs, "engineer");

        try (EventStream stream = EventStream.withToken(http.base(), watching)) {
            assertThat(stream.status()).isEqualTo(200);
            // Their organization moves three changes ahead of ours, then ours makes one: had any of
            // theirs reached our stream, it would come first (or be coalesced with ours into its
            // larger number).
            for (int i = 0; i < 3; i++) {
                live.pushSample(http, theirs, theirsPushing);
            }
            live.pushSample(http, ours, oursPushing);

            long oursNow = http.get("/sync/pull?after=0&limit=1000", watching)
                    .body()
                    .get("next_checkpoint")
                    .asLong();
            long theirsNow = http.get("/sync/pull?after=0&limit=1000", theirsPushing)
                    .body()
                    .get("next_checkpoint")
                    .asLong();
            assertThat(theirsNow).isGreaterThan(oursNow);
            assertThat(stream.nextChange(Duration.ofSeconds(10))).isEqualTo(oursNow);
        }
    }
}
