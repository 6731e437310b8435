package lab.spectra.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.server.command.CommandService;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * A pushed batch is decided in transactions of at most 64 commands (ADR 0031): all of a large
 * batch applies, and when the database fails in the second transaction the first stays committed
 * while nothing of the second is kept or answered - the retry decides the rest and gets the kept
 * answers of the first.
 */
class ABatchLargerThanSixtyFourCommandsIsDecidedInSeveralTransactionsTest {

    private static final String ENGINEER = "engineer@demo.lab";
    private static final int BATCH = 130;
    private static final int FAILING = 99;

    private final SyncCalls sync = new SyncCalls();

    private List<CreateSample> samples(String prefix) {
        List<CreateSample> commands = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            commands.add(new CreateSample(
                    sync.meta(ENGINEER), Ids.newId(), prefix + " " + i, prefix + "-" + i, null, null, null));
        }
        return commands;
    }

    private long stored(String prefix) {
        return sync.count("SELECT count(*) FROM samples WHERE barcode LIKE ?", prefix + "-%");
    }

    @Test
    void aHundredAndThirtyCommandsAllApplyInTheOrderSent() {
        String prefix = "LB-" + Ids.newId().toString().substring(0, 8);
        List<CreateSample> commands = samples(prefix);

        List<CommandResult> results =
                sync.push(ENGINEER, commands.toArray(CreateSample[]::new)).results();

        assertThat(results).hasSize(BATCH).allMatch(CommandResult.Applied.class::isInstance);
        assertThat(results)
                .extracting(CommandResult::commandId)
                .containsExactlyElementsOf(commands.stream()
                        .map(command -> command.meta().commandId())
                        .toList());
        assertThat(stored(prefix)).isEqualTo(BATCH);
    }

    @Test
    void aDatabaseFailureInTheSecondTransactionLeavesTheFirstCommittedAndTheRestUndecided() {
        String prefix = "LF-" + Ids.newId().toString().substring(0, 8);
        List<CreateSample> commands = samples(prefix);
        String breaking = commands.get(FAILING).name();
        String function = "p_fail_" + prefix.substring(3);
        sync.asOwner(
                "CREATE FUNCTION " + function + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                        + " IF NEW.name = '" + breaking + "' THEN RAISE EXCEPTION 'planted failure'"
                        + " USING ERRCODE = 'XX000'; END IF; RETURN NEW; END $$",
                "CREATE TRIGGER " + function + " BEFORE INSERT ON samples FOR EACH ROW EXECUTE FUNCTION " + function
                        + "()");
        Http.Response broken;
        try {
            broken = sync.pushAnswering(ENGINEER, commands);
        } finally {
            sync.asOwner("DROP TRIGGER " + function + " ON samples", "DROP FUNCTION " + function + "()");
        }

        assertThat(broken.status()).isGreaterThanOrEqualTo(500);
        assertThat(stored(prefix)).isEqualTo(CommandService.DECISIONS_PER_TRANSACTION);
        assertThat(sync.count(
                        "SELECT count(*) FROM processed_commands WHERE command_id = ?",
                        commands.get(CommandService.DECISIONS_PER_TRANSACTION)
                                .meta()
                                .commandId()))
                .isZero();

        List<CommandResult> retried =
                sync.push(ENGINEER, commands.toArray(CreateSample[]::new)).results();

        assertThat(retried).hasSize(BATCH).allMatch(CommandResult.Applied.class::isInstance);
        assertThat(stored(prefix)).isEqualTo(BATCH);
        assertThat(sync.count(
                        "SELECT count(*) FROM change_log WHERE row_id = ?",
                        commands.get(0).sampleId()))
                .isEqualTo(1);
    }
}
