package lab.spectra.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;

/**
 * Commands pushed together share a transaction, each in its own savepoint (ADR 0031): one the
 * rules refuse and one a database constraint refuses mid-batch are answered as if alone, the
 * others around them are applied, and nothing the refused ones tried to write remains.
 */
class OneRefusedCommandInABatchLeavesTheOthersAppliedTest {

    private static final String ENGINEER = "engineer@demo.lab";

    private final SyncCalls sync = new SyncCalls();

    private CreateSample sample(UUID id, String name, String barcode) {
        return new CreateSample(sync.meta(ENGINEER), id, name, barcode, null, null, null);
    }

    @Test
    void theRefusedCommandsAreAnsweredInOrderAndOnlyTheOthersWrite() {
        String tag = Ids.newId().toString().substring(0, 8);
        UUID takenElsewhere;
        try (ServerLab lab = new ServerLab(sync.demo.postgres)) {
            takenElsewhere = lab.sample(lab.createOrganization("savepoints-" + tag), "ELSEWHERE-" + tag);
        }
        CreateSample first = sample(Ids.newId(), "First", "SP-1-" + tag);
        CreateSample sameBarcode = sample(Ids.newId(), "Same barcode", first.barcode());
        CreateSample idTaken = sample(takenElsewhere, "Id of another lab's sample", "SP-3-" + tag);
        CreateSample last = sample(Ids.newId(), "Last", "SP-4-" + tag);

        List<CommandResult> results =
                sync.push(ENGINEER, first, sameBarcode, idTaken, last).results();

        assertThat(results)
                .extracting(CommandResult::commandId)
                .containsExactly(
                        first.meta().commandId(),
                        sameBarcode.meta().commandId(),
                        idTaken.meta().commandId(),
                        last.meta().commandId());
        assertThat(results.get(0)).isInstanceOf(CommandResult.Applied.class);
        assertThat(results.get(1)).isInstanceOf(CommandResult.Rejected.class);
        assertThat(((CommandResult.Rejected) results.get(2)).code()).isEqualTo(RejectionCode.ALREADY_EXISTS);
        assertThat(results.get(3)).isInstanceOf(CommandResult.Applied.class);
        for (CreateSample applied : List.of(first, last)) {
            assertThat(sync.count("SELECT count(*) FROM samples WHERE id = ?", applied.sampleId()))
                    .isEqualTo(1);
            assertThat(sync.count("SELECT count(*) FROM change_log WHERE row_id = ?", applied.sampleId()))
                    .isEqualTo(1);
        }
        assertThat(sync.count("SELECT count(*) FROM samples WHERE id = ?", sameBarcode.sampleId()))
                .isZero();
        assertThat(sync.count("SELECT count(*) FROM samples WHERE id = ? AND name = ?", takenElsewhere, idTaken.name()))
                .isZero();
        assertThat(sync.count(
                        "SELECT count(*) FROM change_log WHERE command_id = ?",
                        idTaken.meta().commandId()))
                .isZero();
        assertThat(sync.count(
                        "SELECT count(*) FROM audit_log WHERE command_id = ?",
                        idTaken.meta().commandId()))
                .isZero();
        assertThat(sync.count(
                        "SELECT count(*) FROM processed_commands WHERE command_id = ?",
                        idTaken.meta().commandId()))
                .isZero();
    }
}
