package lab.spectra.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import lab.spectra.model.protocol.PullResponse;
import org.junit.jupiter.api.Test;

/** A bench of an earlier release asks without naming the streamed form, and gets the JSON page it knows. */
class AnOlderBenchsJsonPullIsAnsweredAsBeforeTest {

    private final SyncCalls sync = new SyncCalls();
    private final StreamedCalls streams = new StreamedCalls(sync.demo.server.baseUri());

    @Test
    void aPullThatDoesNotAskForTheStreamGetsOneJsonDocument() throws Exception {
        for (String accept : new String[] {"application/json", "*/*"}) {
            StreamedCalls.Opened.Answer answer =
                    streams.answer("/sync/pull?after=0&limit=50", sync.token("viewer@demo.lab"), accept);

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.mediaType()).isEqualTo("application/json");
            JsonNode body = sync.mapper.readTree(answer.text());
            assertThat(body.fieldNames())
                    .toIterable()
                    .containsOnly("changes", "next_checkpoint", "has_more", "server_time");
            PullResponse page = sync.mapper.treeToValue(body, PullResponse.class);
            assertThat(page.changes()).hasSize(50);
            assertThat(page.hasMore()).isTrue();
            assertThat(page.nextCheckpoint()).isEqualTo(page.changes().get(49).changeNumber());
        }
    }
}
