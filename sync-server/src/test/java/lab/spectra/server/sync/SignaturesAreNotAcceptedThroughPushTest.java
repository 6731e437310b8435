package lab.spectra.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.eln.SignElnEntry;
import lab.spectra.model.eln.SignatureMeaning;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.server.testing.DemoIds;
import org.junit.jupiter.api.Test;

/** Part 11: a queued command cannot prove the signer re-entered their password. */
class SignaturesAreNotAcceptedThroughPushTest {

    private final SyncCalls sync = new SyncCalls();

    @Test
    void aSignatureArrivingInABatchIsRejectedAndNothingIsSigned() {
        UUID entry = UUID.fromString(new DemoIds(sync.demo, "demo.lab").newElnEntry());
        SignElnEntry sign =
                new SignElnEntry(sync.meta("engineer@demo.lab"), Ids.newId(), entry, SignatureMeaning.AUTHORED, null);

        CommandResult result = sync.push("engineer@demo.lab", sign).results().get(0);

        assertThat(result).isInstanceOf(CommandResult.Rejected.class);
        assertThat(((CommandResult.Rejected) result).code()).isEqualTo(RejectionCode.SIGN_ONLINE_ONLY);
        assertThat(sync.demo
                        .http
                        .get("/api/lims/eln/" + entry, sync.token("engineer@demo.lab"))
                        .body()
                        .toString())
                .doesNotContain(sign.signatureId().toString());
    }
}
