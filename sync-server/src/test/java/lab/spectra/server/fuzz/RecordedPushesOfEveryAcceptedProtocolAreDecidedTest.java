package lab.spectra.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.protocol.PushResponse;
import lab.spectra.model.protocol.SyncProtocol;
import org.junit.jupiter.api.Test;

/**
 * Issue 22: what benches of each released sync protocol send is kept as fixtures
 * ({@code protocol-<n>/}, ids as placeholders) and pushed to this server as such a bench would —
 * protocol 1 naming no version, as benches before versioning did, and naming it — and by the
 * current protocol. Every one must still be decided, and applied, as when it was recorded.
 */
class RecordedPushesOfEveryAcceptedProtocolAreDecidedTest {

    private static final List<String> PROTOCOL_1 =
            List.of("create_sample.json", "edit_sample.json", "start_run.json", "record_result.json");

    private final FuzzLab lab = FuzzLab.get();

    @Test
    void pushesRecordedFromProtocol1BenchesAreAppliedWithOrWithoutTheirVersionNamed() throws IOException {
        for (String fixture : PROTOCOL_1) {
            assertApplied(fixture, lab.push(lab.org.engineer(), recorded(fixture)));
            assertApplied(fixture, lab.push(lab.org.engineer(), recorded(fixture), 1));
        }
    }

    @Test
    void theCurrentProtocolSendsTheSameBodies() throws IOException {
        for (String fixture : PROTOCOL_1) {
            assertApplied(fixture, lab.push(lab.org.engineer(), recorded(fixture), SyncProtocol.CURRENT));
        }
    }

    private byte[] recorded(String fixture) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("protocol-1/" + fixture)) {
            assertThat(in).as(fixture).isNotNull();
            return lab.placeholders.bind(in.readAllBytes()).bytes();
        }
    }

    private void assertApplied(String fixture, FuzzLab.Answer answer) throws IOException {
        assertThat(answer.status()).as(fixture + ": " + answer.body()).isEqualTo(200);
        List<CommandResult> results =
                lab.mapper.readValue(answer.body(), PushResponse.class).results();
        assertThat(results).as(fixture).isNotEmpty().allMatch(CommandResult.Applied.class::isInstance);
    }
}
