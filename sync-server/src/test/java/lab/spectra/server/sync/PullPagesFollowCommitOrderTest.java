package lab.spectra.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import lab.spectra.model.protocol.ChangeEnvelope;
import lab.spectra.model.protocol.PullResponse;
import org.junit.jupiter.api.Test;

class PullPagesFollowCommitOrderTest {

    private final SyncCalls sync = new SyncCalls();

    @Test
    void smallPagesEndInTheSameRowsAsOneLargePageWithRisingCheckpoints() {
        Map<UUID, String> paged = new LinkedHashMap<>();
        long checkpoint = 0;
        int pages = 0;
        PullResponse page;
        do {
            page = sync.pull("viewer@demo.lab", checkpoint, 37);
            assertThat(page.nextCheckpoint()).isGreaterThanOrEqualTo(checkpoint);
            long last = checkpoint;
            for (ChangeEnvelope change : page.changes()) {
                assertThat(change.changeNumber()).isGreaterThan(last).isLessThanOrEqualTo(page.nextCheckpoint());
                last = change.changeNumber();
                paged.put(change.id(), change.data().toString());
            }
            checkpoint = page.nextCheckpoint();
            pages++;
        } while (page.hasMore());

        Map<UUID, String> whole = new LinkedHashMap<>();
        PullResponse all = sync.pull("viewer@demo.lab", 0, 5000);
        all.changes().forEach(change -> whole.put(change.id(), change.data().toString()));

        assertThat(pages).isGreaterThan(1);
        assertThat(all.hasMore()).isFalse();
        assertThat(paged).isEqualTo(whole);
        assertThat(sync.pull("viewer@demo.lab", checkpoint, 10).changes()).isEmpty();
    }
}
