package lab.spectra.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.protocol.PushResponse;
import org.junit.jupiter.api.Test;

/**
 * The fuzz tests start from their seeds; a seed that no longer reaches the rules it was written
 * for (a field renamed, a fixture gone) would leave the fuzzer mutating bodies the server refuses
 * at the door, and nothing would say so. Each seed is pushed here and answered as its name says.
 */
class TheSeedPushesAreDecidedAsTheirNamesSayTest {

    private static final String SEEDS = "AnyPushBodyGetsAClearAnswerAndNeverAServerErrorTestInputs/pushBody/";

    private final FuzzLab lab = FuzzLab.get();

    private FuzzLab.Answer push(String seed) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(SEEDS + seed)) {
            assertThat(in).as("seed " + seed).isNotNull();
            return lab.push(
                    lab.org.engineer(), lab.placeholders.bind(in.readAllBytes()).bytes());
        }
    }

    private List<CommandResult> decided(String seed) throws IOException {
        FuzzLab.Answer answer = push(seed);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return lab.mapper.readValue(answer.body(), PushResponse.class).results();
    }

    @Test
    void theValidSeedsAreApplied() throws IOException {
        assertThat(decided("create_sample.json")).singleElement().isInstanceOf(CommandResult.Applied.class);
        assertThat(decided("edit_sample.json")).hasSize(2).allMatch(CommandResult.Applied.class::isInstance);
        assertThat(decided("start_run.json")).hasSize(2).allMatch(CommandResult.Applied.class::isInstance);
        assertThat(decided("record_result.json")).hasSize(3).allMatch(CommandResult.Applied.class::isInstance);
    }

    @Test
    void theReplayedSeedIsAppliedOnceAndAnsweredAlikeEveryTime() throws IOException {
        List<CommandResult> first = decided("replayed.json");
        List<CommandResult> again = decided("replayed.json");

        assertThat(first).hasSize(2).allMatch(CommandResult.Applied.class::isInstance);
        assertThat(first.get(1)).isEqualTo(first.get(0));
        assertThat(again).isEqualTo(first);
        assertThat(lab.count(
                        "SELECT count(*) FROM change_log WHERE command_id = ?",
                        first.get(0).commandId()))
                .isEqualTo(1);
    }

    @Test
    void anIdUsedAgainForOtherContentIsAConflict() throws IOException {
        List<CommandResult> results = decided("id_used_again.json");

        assertThat(results.get(0)).isInstanceOf(CommandResult.Applied.class);
        assertThat(results.get(1)).isInstanceOf(CommandResult.Conflict.class);
    }

    @Test
    void anotherOrganizationsRecordsAndPeopleAreOutOfReach() throws IOException {
        List<CommandResult> results = decided("other_organization.json");

        assertThat(results).hasSize(3).allMatch(CommandResult.Rejected.class::isInstance);
        assertThat(results)
                .extracting(result -> ((CommandResult.Rejected) result).code())
                .containsExactly(RejectionCode.NOT_FOUND, RejectionCode.NOT_FOUND, RejectionCode.AUTHOR_MISMATCH);
    }

    /**
     * Found by fuzzing: text with a NUL character and times beyond any calendar failed the whole
     * push with a 503 or 500 (the database or Java's date types cannot hold them), which a bench
     * retries for ever. Each such command is rejected alone now, and the others sent with it apply.
     */
    @Test
    void aValueNoColumnCanHoldRejectsItsCommandAlone() throws IOException {
        List<CommandResult> nul = decided("nul_in_barcode.json");
        List<CommandResult> times = decided("authored_beyond_any_calendar.json");

        assertThat(nul).hasSize(2);
        assertThat(((CommandResult.Rejected) nul.get(0)).code()).isEqualTo(RejectionCode.INVALID_INPUT);
        assertThat(nul.get(1)).isInstanceOf(CommandResult.Applied.class);
        assertThat(times).hasSize(3);
        assertThat(times.subList(0, 2)).allMatch(CommandResult.Rejected.class::isInstance);
        assertThat(times.get(2)).isInstanceOf(CommandResult.Applied.class);
        assertThat(lab.count(
                        "SELECT count(*) FROM change_log WHERE command_id = ?",
                        nul.get(0).commandId()))
                .isZero();
    }

    /**
     * Found writing the seeds after the finding above: a signed command's key id with a NUL
     * character failed the push with a 503 when its key was looked up. It is malformed evidence,
     * refused at the door like any other.
     */
    @Test
    void aKeyIdWithANulCharacterIsMalformedEvidence() throws IOException {
        FuzzLab.Answer answer = push("nul_in_key_id.json");

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(lab.mapper.readTree(answer.body()).path("code").asText()).isEqualTo("invalid_evidence");
    }

    @Test
    void theBrokenSeedsAreRefusedAtTheDoor() throws IOException {
        assertThat(push("malformed.json").status()).isEqualTo(400);
        assertThat(push("wrong_type.json").status()).isEqualTo(400);
        assertThat(push("missing_meta.json").status()).isEqualTo(400);
        assertThat(lab.mapper
                        .readTree(push("malformed.json").body())
                        .path("code")
                        .asText())
                .isEqualTo("malformed_json");
        assertThat(lab.mapper
                        .readTree(push("wrong_type.json").body())
                        .path("code")
                        .asText())
                .isEqualTo("wrong_type");
    }
}
