package lab.spectra.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.ChangeEnvelope;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.protocol.PullResponse;
import lab.spectra.model.protocol.PushResponse;
import lab.spectra.model.sample.CreateSample;
import org.junit.jupiter.api.Test;

class PushedCommandsAreDecidedOnceTest {

    private final SyncCalls sync = new SyncCalls();

    @Test
    void aBatchPushedTwiceGetsTheSameAnswersAndChangesNothingTheSecondTime() {
        UUID sampleId = Ids.newId();
        CreateSample create = new CreateSample(
                sync.meta("engineer@demo.lab"),
                sampleId,
                "Pushed twice",
                "PT-" + sampleId.toString().substring(0, 8),
                null,
                null,
                null);
        CreateSample duplicateBarcode = new CreateSample(
                sync.meta("engineer@demo.lab"), Ids.newId(), "Same barcode", create.barcode(), null, null, null);
        long before = sync.pull("engineer@demo.lab", 0, 5000).nextCheckpoint();

        PushResponse first = sync.push("engineer@demo.lab", create, duplicateBarcode);
        PushResponse second = sync.push("engineer@demo.lab", create, duplicateBarcode);

        assertThat(first.results().get(0)).isInstanceOf(CommandResult.Applied.class);
        assertThat(first.results().get(1)).isInstanceOf(CommandResult.Rejected.class);
        assertThat(second.results()).isEqualTo(first.results());
        PullResponse after = sync.pull("engineer@demo.lab", before, 5000);
        assertThat(after.changes()).extracting(ChangeEnvelope::id).containsOnlyOnce(sampleId);
        assertThat(after.changes()).hasSize(1);
    }
}
