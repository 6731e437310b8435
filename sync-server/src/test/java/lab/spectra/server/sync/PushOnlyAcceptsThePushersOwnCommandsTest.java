package lab.spectra.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.sample.EditSample;
import lab.spectra.server.testing.DemoIds;
import org.junit.jupiter.api.Test;

class PushOnlyAcceptsThePushersOwnCommandsTest {

    private final SyncCalls sync = new SyncCalls();

    private CreateSample sampleBy(CommandMeta meta) {
        return new CreateSample(meta, Ids.newId(), "Someone's sample", "AU-" + Ids.newId(), null, null, null);
    }

    @Test
    void aCommandAuthoredByAnotherUserIsRefused() {
        CreateSample byPi = sampleBy(sync.meta("pi@demo.lab"));

        CommandResult result = sync.push("engineer@demo.lab", byPi).results().get(0);

        assertThat(result).isInstanceOf(CommandResult.Rejected.class);
        assertThat(((CommandResult.Rejected) result).code()).isEqualTo(RejectionCode.AUTHOR_MISMATCH);
    }

    @Test
    void aCommandIdAlreadyUsedByAnotherAuthorIsAnotherCommandAndGetsNoneOfTheirAnswer() {
        CreateSample engineers = sampleBy(sync.meta("engineer@demo.lab"));
        sync.push("engineer@demo.lab", engineers);
        CommandMeta sameId = new CommandMeta(
                engineers.meta().commandId(),
                sync.userId("pi@demo.lab"),
                sync.workstation,
                engineers.meta().authoredAt());
        CreateSample pis = sampleBy(sameId);

        CommandResult result = sync.push("pi@demo.lab", pis).results().get(0);

        assertThat(result).isInstanceOf(CommandResult.Applied.class);
        assertThat(((CommandResult.Applied) result).rows())
                .extracting(row -> row.data().get("id").asText())
                .containsExactly(pis.sampleId().toString())
                .doesNotContain(engineers.sampleId().toString());
    }

    @Test
    void aCommandOfAnotherOrganizationsIdsIsNotFound() {
        String theirSample = new DemoIds(sync.demo, "test.org").sample();
        var edit = new EditSample(
                sync.meta("engineer@demo.lab"),
                UUID.fromString(theirSample),
                null,
                null,
                new FieldChange<>("anything", "Shelf 9"),
                null,
                null,
                null,
                null);

        CommandResult result = sync.push("engineer@demo.lab", edit).results().get(0);

        assertThat(result).isInstanceOf(CommandResult.Rejected.class);
        assertThat(((CommandResult.Rejected) result).code()).isEqualTo(RejectionCode.NOT_FOUND);
    }
}
