package lab.spectra.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.sample.CreateSample;
import org.junit.jupiter.api.Test;

/**
 * A command that appears twice in one pushed batch is decided once, in the transaction both
 * share: the second copy gets the first one's kept answer, and so does the same command pushed
 * again later.
 */
class ACommandSentTwiceInOneBatchIsAppliedOnceTest {

    private static final String ENGINEER = "engineer@demo.lab";

    private final SyncCalls sync = new SyncCalls();

    @Test
    void theSecondCopyAndALaterPushGetTheFirstAnswer() {
        String barcode = "TW-" + Ids.newId();
        CreateSample twice = new CreateSample(sync.meta(ENGINEER), Ids.newId(), "Twice", barcode, null, null, null);
        CreateSample other =
                new CreateSample(sync.meta(ENGINEER), Ids.newId(), "Other", barcode + "-other", null, null, null);

        List<CommandResult> results = sync.push(ENGINEER, twice, twice, other).results();
        List<CommandResult> later = sync.push(ENGINEER, twice).results();

        assertThat(results.get(0)).isInstanceOf(CommandResult.Applied.class);
        assertThat(results.get(1)).isEqualTo(results.get(0));
        assertThat(results.get(2)).isInstanceOf(CommandResult.Applied.class);
        assertThat(later).containsExactly(results.get(0));
        assertThat(sync.count("SELECT count(*) FROM samples WHERE id = ?", twice.sampleId()))
                .isEqualTo(1);
        assertThat(sync.count("SELECT count(*) FROM change_log WHERE row_id = ?", twice.sampleId()))
                .isEqualTo(1);
        assertThat(sync.count("SELECT count(*) FROM audit_log WHERE record_id = ?", twice.sampleId()))
                .isEqualTo(1);
    }
}
