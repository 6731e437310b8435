package lab.spectra.server.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.run.RecordResult;
import lab.spectra.model.run.StartRun;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A push nobody's device key signed is a claim by a script: its authored time vouches for nothing,
 * so it is judged like a REST write, at the moment the server receives it.
 */
class ABackdatedUnsignedPushIsJudgedAtReceiveTimeTest {

    private static final TrustLab LAB = new TrustLab("backdated");

    @AfterAll
    static void close() {
        LAB.close();
    }

    @Test
    void aRunBackdatedToWhenTheCertificateWasValidIsRefusedOnTheExpiredInstrument() {
        Instant now = LAB.clock.instant();
        UUID xrd = LAB.lab.instrument(LAB.org, "XRD-B1", InstrumentKind.XRD);
        LAB.lab.calibrate(LAB.org, xrd, now.minus(Duration.ofDays(100)), now.minus(Duration.ofDays(35)));
        UUID recipe = LAB.lab.approvedRecipe(LAB.org, "Scan B1", InstrumentKind.XRD);
        UUID sample = LAB.lab.sample(LAB.org, "BD-1");
        TrustLab.Bench script = LAB.bench();
        StartRun backdated = new StartRun(
                script.meta(LAB.org.technician(), now.minus(Duration.ofDays(60))),
                Ids.newId(),
                recipe,
                xrd,
                sample,
                null);

        CommandResult result =
                script.push(LAB.org.technician(), backdated).results().get(0);

        assertThat(result).isInstanceOf(CommandResult.Rejected.class);
        assertThat(((CommandResult.Rejected) result).code()).isEqualTo(RejectionCode.CALIBRATION_EXPIRED);
        assertThat(((CommandResult.Rejected) result).message()).contains("Calibration expired for XRD-B1");
    }

    @Test
    void aResultBackdatedToBeforeTheExpiryIsRefusedOnceTheInstrumentHasExpired() {
        Instant now = LAB.clock.instant();
        UUID smu = LAB.lab.instrument(LAB.org, "SMU-B2", InstrumentKind.SMU);
        LAB.lab.calibrate(LAB.org, smu, now.minus(Duration.ofDays(100)), now.plus(Duration.ofHours(1)));
        UUID recipe = LAB.lab.approvedRecipe(LAB.org, "Sweep B2", InstrumentKind.SMU);
        UUID sample = LAB.lab.sample(LAB.org, "BD-2");
        StartRun start = new StartRun(LAB.lab.meta(LAB.org.technician()), Ids.newId(), recipe, smu, sample, null);
        ServerLab.expectApplied(LAB.lab.run(start, LAB.org.technician()));
        LAB.clock.advance(Duration.ofHours(3));
        TrustLab.Bench script = LAB.bench();
        RecordResult backdated = new RecordResult(
                script.meta(LAB.org.technician(), now.plus(Duration.ofMinutes(10))),
                Ids.newId(),
                start.runId(),
                "I_leak",
                1.2e-9,
                "A",
                null,
                null);

        CommandResult result =
                script.push(LAB.org.technician(), backdated).results().get(0);

        assertThat(result).isInstanceOf(CommandResult.Rejected.class);
        assertThat(((CommandResult.Rejected) result).code()).isEqualTo(RejectionCode.CALIBRATION_EXPIRED);
    }
}
