package lab.spectra.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.sample.CreateSample;
import org.junit.jupiter.api.Test;

/**
 * The samples a pushed transaction's CreateSample commands name are looked up once, ahead (ADR
 * 0031, revised 2026-11-30). Each command must still be decided against what the commands before
 * it in the batch wrote: a barcode or id one of them took is taken for the rest, refused by the
 * rule with its own answer, and a sample that existed before the batch is still found.
 */
class ASampleCreatedEarlierInTheSameBatchIsSeenByTheCommandsAfterItTest {

    private static final String ENGINEER = "engineer@demo.lab";

    private final SyncCalls sync = new SyncCalls();

    private CreateSample sample(UUID id, String barcode) {
        return new CreateSample(sync.meta(ENGINEER), id, "Sample " + barcode, barcode, null, null, null);
    }

    @Test
    void aBarcodeOrIdTakenEarlierInTheBatchIsRefusedByTheRuleForTheCommandsAfterIt() {
        String prefix = "SB-" + Ids.newId().toString().substring(0, 8);
        UUID first = Ids.newId();
        UUID existing = Ids.newId();
        sync.push(ENGINEER, sample(existing, prefix + "-old"));

        List<CommandResult> answers = sync.push(
                        ENGINEER,
                        sample(first, prefix + "-a"),
                        sample(Ids.newId(), prefix + "-a"),
                        sample(first, prefix + "-b"),
                        sample(Ids.newId(), prefix + "-old"),
                        sample(existing, prefix + "-c"),
                        sample(Ids.newId(), prefix + "-d"))
                .results();

        assertThat(answers.get(0)).isInstanceOf(CommandResult.Applied.class);
        assertThat(((CommandResult.Rejected) answers.get(1)).code()).isEqualTo(RejectionCode.DUPLICATE_BARCODE);
        assertThat(((CommandResult.Rejected) answers.get(1)).message()).contains(prefix + "-a");
        assertThat(((CommandResult.Rejected) answers.get(2)).code()).isEqualTo(RejectionCode.ALREADY_EXISTS);
        assertThat(((CommandResult.Rejected) answers.get(2)).message())
                .isEqualTo("A sample with this id already exists");
        assertThat(((CommandResult.Rejected) answers.get(3)).code()).isEqualTo(RejectionCode.DUPLICATE_BARCODE);
        assertThat(((CommandResult.Rejected) answers.get(4)).message())
                .isEqualTo("A sample with this id already exists");
        assertThat(answers.get(5)).isInstanceOf(CommandResult.Applied.class);
        assertThat(sync.count("SELECT count(*) FROM samples WHERE barcode LIKE ?", prefix + "-%"))
                .isEqualTo(3);
    }
}
