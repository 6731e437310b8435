package lab.spectra.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import lab.spectra.model.protocol.RowStreams;
import org.junit.jupiter.api.Test;

class BadStreamedPullParametersAreRefusedTest {

    private final SyncCalls sync = new SyncCalls();
    private final StreamedCalls streams = new StreamedCalls(sync.demo.server.baseUri());

    private void assertRefused(String query) throws Exception {
        StreamedCalls.Opened.Answer answer =
                streams.answer("/sync/pull?" + query, sync.token("viewer@demo.lab"), RowStreams.MEDIA_TYPE);
        assertThat(answer.status()).as(query).isEqualTo(400);
        JsonNode error = sync.mapper.readTree(answer.text());
        assertThat(error.get("code").asText()).isEqualTo("invalid_parameter");
        assertThat(error.get("message").asText()).isNotBlank();
    }

    @Test
    void aNegativeOrNonNumericCheckpointOrAnOutOfRangeLimitIsA400() throws Exception {
        assertRefused("after=-1");
        assertRefused("after=abc");
        assertRefused("after=1.5");
        assertRefused("limit=0");
        assertRefused("limit=20001");
        assertRefused("limit=ten");
    }

    @Test
    void theStreamedPullIsForSignedInPeopleOnly() {
        assertThat(streams.answer("/sync/pull?after=0", null, RowStreams.MEDIA_TYPE)
                        .status())
                .isEqualTo(401);
    }
}
