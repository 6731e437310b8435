package lab.spectra.server.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Idempotency is per organization, author and command id: nobody else's use of an id can block or read yours. */
class CommandIdsBelongToTheirAuthorAndOrganizationTest {

    private static final TrustLab LAB = new TrustLab("ids");
    private static final ServerLab.Org OTHER = LAB.organization("ids-other");

    @AfterAll
    static void close() {
        LAB.close();
    }

    private static CreateSample sample(UUID commandId, Actor author, UUID workstation, String barcode) {
        return new CreateSample(
                new CommandMeta(commandId, author.userId(), workstation, Instant.now()),
                Ids.newId(),
                "Sample " + barcode,
                barcode,
                null,
                null,
                null);
    }

    @Test
    void aSpoofedIdDoesNotPoisonTheRealAuthorsCommand() {
        UUID id = Ids.newId();
        TrustLab.Bench bench = LAB.bench();
        CreateSample spoof = sample(id, LAB.org.engineer(), bench.workstationId, "SP-1");

        CommandResult refused = bench.push(LAB.org.viewer(), spoof).results().get(0);
        CommandResult genuine = bench.push(
                        LAB.org.engineer(), sample(id, LAB.org.engineer(), bench.workstationId, "SP-2"))
                .results()
                .get(0);

        assertThat(((CommandResult.Rejected) refused).code()).isEqualTo(RejectionCode.AUTHOR_MISMATCH);
        assertThat(genuine).isInstanceOf(CommandResult.Applied.class);
    }

    @Test
    void theSameIdInTwoOrganizationsIsTwoCommands() {
        UUID id = Ids.newId();
        TrustLab.Bench bench = LAB.bench();
        CreateSample ours = sample(id, LAB.org.engineer(), bench.workstationId, "TW-1");
        CreateSample theirs = sample(id, OTHER.engineer(), bench.workstationId, "TW-1");

        CommandResult theirAnswer =
                bench.push(OTHER.engineer(), theirs).results().get(0);
        CommandResult ourAnswer = bench.push(LAB.org.engineer(), ours).results().get(0);

        assertThat(theirAnswer).isInstanceOf(CommandResult.Applied.class);
        assertThat(ourAnswer).isInstanceOf(CommandResult.Applied.class);
    }

    @Test
    void aReplayWithTheSameContentGetsTheSameAnswerAndOtherContentIsAConflict() {
        UUID id = Ids.newId();
        TrustLab.Bench bench = LAB.bench();
        CreateSample original = sample(id, LAB.org.engineer(), bench.workstationId, "RP-1");

        CommandResult first = bench.push(LAB.org.engineer(), original).results().get(0);
        CommandResult again = bench.push(LAB.org.engineer(), original).results().get(0);
        CommandResult changed = bench.push(
                        LAB.org.engineer(), sample(id, LAB.org.engineer(), bench.workstationId, "RP-2"))
                .results()
                .get(0);

        assertThat(again).isEqualTo(first);
        assertThat(changed).isInstanceOf(CommandResult.Conflict.class);
        assertThat(LAB.http
                        .get("/api/lims/samples?limit=200", LAB.token(LAB.org.engineer()))
                        .body()
                        .get("items")
                        .findValuesAsText("barcode"))
                .contains("RP-1")
                .doesNotContain("RP-2");
    }
}
