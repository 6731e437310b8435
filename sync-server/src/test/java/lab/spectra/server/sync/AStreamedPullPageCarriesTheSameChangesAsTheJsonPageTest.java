package lab.spectra.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lab.spectra.model.protocol.ChangeEnvelope;
import lab.spectra.model.protocol.PullResponse;
import org.junit.jupiter.api.Test;

/**
 * The streamed page is the JSON page in another shape: the same changes (each row once, under its
 * highest number in the page, tombstones included), the same next checkpoint and has_more.
 */
class AStreamedPullPageCarriesTheSameChangesAsTheJsonPageTest {

    private final SyncCalls sync = new SyncCalls();
    private final StreamedCalls streams = new StreamedCalls(sync.demo.server.baseUri());

    private Set<String> asSet(List<? extends JsonNode> changes) {
        Set<String> set = new HashSet<>();
        changes.forEach(change -> set.add(change.toString()));
        return set;
    }

    @Test
    void bothFormsOfEveryPageAgree() {
        String token = sync.token("viewer@demo.lab");
        long after = 0;
        int pages = 0;
        while (true) {
            PullResponse json = sync.pull("viewer@demo.lab", after, 50);
            List<JsonNode> lines = streams.lines("/sync/pull?after=" + after + "&limit=50", token);
            JsonNode end = lines.get(lines.size() - 1);
            List<JsonNode> changes = lines.subList(0, lines.size() - 1);

            List<ObjectNode> expected = json.changes().stream()
                    .map(change -> (ObjectNode) sync.mapper.valueToTree(change))
                    .toList();
            assertThat(asSet(changes)).isEqualTo(asSet(expected));
            assertThat(end.get("changes").asLong()).isEqualTo(json.changes().size());
            assertThat(end.get("next_checkpoint").asLong()).isEqualTo(json.nextCheckpoint());
            assertThat(end.get("has_more").asBoolean()).isEqualTo(json.hasMore());
            assertThat(json.changes()).extracting(ChangeEnvelope::changeNumber).allMatch(number -> number > 0);
            pages++;
            if (!json.hasMore()) {
                break;
            }
            after = json.nextCheckpoint();
        }
        assertThat(pages).isGreaterThan(1);
    }
}
