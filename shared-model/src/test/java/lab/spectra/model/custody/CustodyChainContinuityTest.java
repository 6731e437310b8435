package lab.spectra.model.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/** Each hand-over starts where the sample's last one ended. */
class CustodyChainContinuityTest {

    private final Lab lab = new Lab();

    private Outcome handOver(String from, String to, Instant at) {
        return lab.handle(
                new RecordCustodyEvent(
                        lab.meta(lab.technician, at), Ids.newId(), lab.sample.id(), from, to, null, null),
                lab.technician);
    }

    @Test
    void theFirstHandOverMayStartAnywhere() {
        assertThat(handOver("FedEx courier", "Receiving", Lab.NOW)).isInstanceOf(Applied.class);
    }

    @Test
    void aHandOverStartingWithTheLastRecipientIsAccepted() {
        handOver("Receiving", "Tess", Lab.NOW.minus(Duration.ofHours(2)));
        assertThat(handOver("Tess", "Eli", Lab.NOW)).isInstanceOf(Applied.class);
        assertThat(lab.state.latestCustodyEvent(lab.sample.id()).orElseThrow().toCustodian())
                .isEqualTo("Eli");
    }

    @Test
    void custodianNamesAreComparedIgnoringCaseAndSpaces() {
        handOver("Receiving", "Tess", Lab.NOW.minus(Duration.ofHours(2)));
        assertThat(handOver("  tess ", "Eli", Lab.NOW)).isInstanceOf(Applied.class);
    }

    @Test
    void aHandOverFromSomeoneWhoDoesNotHoldTheSampleBreaksTheChain() {
        handOver("Receiving", "Tess", Lab.NOW.minus(Duration.ofHours(2)));
        assertThat(handOver("Eli", "Pia", Lab.NOW))
                .isEqualTo(new Rejected(
                        RejectionCode.CUSTODY_CHAIN_BROKEN, "Sample GaN-on-Si #1 is held by Tess, not by Eli"));
    }

    @Test
    void aHandOverCannotBeDatedBeforeTheLastOne() {
        handOver("Receiving", "Tess", Lab.NOW);
        Outcome outcome = handOver("Tess", "Eli", Lab.NOW.minusSeconds(1));
        assertThat(outcome).extracting(o -> ((Rejected) o).code()).isEqualTo(RejectionCode.CUSTODY_OUT_OF_ORDER);
    }

    @Test
    void aHandOverNeedsTwoDifferentCustodians() {
        assertThat(handOver("Tess", "tess", Lab.NOW))
                .extracting(o -> ((Rejected) o).code())
                .isEqualTo(RejectionCode.INVALID_INPUT);
    }

    @Test
    void theSampleMovesToTheLocationOfTheHandOver() {
        lab.handle(
                new RecordCustodyEvent(
                        lab.meta(lab.technician),
                        Ids.newId(),
                        lab.sample.id(),
                        "Receiving",
                        "Tess",
                        "Cleanroom bay 4",
                        "IV measurement"),
                lab.technician);
        assertThat(lab.state.sample(lab.sample.id()).orElseThrow().location()).isEqualTo("Cleanroom bay 4");
    }
}
