package lab.spectra.server.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import lab.spectra.model.calibration.RevokeCalibration;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.trust.ReviewFlag;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A bench that worked on a certificate later revoked did so in good faith: its signed run is
 * applied but flagged for review. A run made after the revocation was issued is refused, and an
 * unsigned run cannot dodge the revocation by claiming an earlier time.
 */
class WorkBeforeARevocationIsFlaggedAndWorkAfterItRefusedTest {

    private static final TrustLab LAB = new TrustLab("revoked");

    @AfterAll
    static void close() {
        LAB.close();
    }

    @Test
    void theRunBeforeTheRevocationIsFlaggedTheOneAfterIsRefusedAndTheUnsignedOneCannotBackdate() {
        Instant start = LAB.clock.instant();
        UUID smu = LAB.lab.instrument(LAB.org, "SMU-R1", InstrumentKind.SMU);
        UUID older =
                LAB.lab.calibrate(LAB.org, smu, start.minus(Duration.ofDays(200)), start.plus(Duration.ofDays(100)));
        UUID revoked =
                LAB.lab.calibrate(LAB.org, smu, start.minus(Duration.ofDays(10)), start.plus(Duration.ofDays(300)));
        UUID recipe = LAB.lab.approvedRecipe(LAB.org, "Sweep R1", InstrumentKind.SMU);
        UUID sample = LAB.lab.sample(LAB.org, "RV-1");
        TrustLab.Bench bench = LAB.bench();
        bench.register(LAB.org.technician());
        StartRun before = bench.sign(new StartRun(
                bench.meta(LAB.org.technician(), start.plus(Duration.ofMinutes(30))),
                Ids.newId(),
                recipe,
                smu,
                sample,
                null));
        StartRun after = bench.sign(new StartRun(
                bench.meta(LAB.org.technician(), start.plus(Duration.ofHours(3))),
                Ids.newId(),
                recipe,
                smu,
                sample,
                null));

        LAB.clock.advance(Duration.ofHours(2));
        ServerLab.expectApplied(LAB.server
                .parts()
                .commands()
                .execute(
                        new RevokeCalibration(
                                new CommandMeta(
                                        Ids.newId(), LAB.org.admin().userId(), Ids.newId(), LAB.clock.instant()),
                                revoked,
                                "Found out of tolerance"),
                        LAB.org.admin()));
        LAB.clock.advance(Duration.ofHours(2));
        var answers = bench.push(LAB.org.technician(), before, after).results();

        assertThat(answers.get(0)).isInstanceOf(CommandResult.Applied.class);
        assertThat(((CommandResult.Applied) answers.get(0)).review().codes())
                .containsExactly(ReviewFlag.CALIBRATION_REVOKED_LATER);
        assertThat(answers.get(1)).isInstanceOf(CommandResult.Rejected.class);
        assertThat(((CommandResult.Rejected) answers.get(1)).code()).isEqualTo(RejectionCode.CALIBRATION_REVOKED);

        TrustLab.Bench script = LAB.bench();
        StartRun backdatedToTheOlderCertificate = new StartRun(
                script.meta(LAB.org.engineer(), start.minus(Duration.ofDays(20))),
                Ids.newId(),
                recipe,
                smu,
                sample,
                null);
        CommandResult unsigned = script.push(LAB.org.engineer(), backdatedToTheOlderCertificate)
                .results()
                .get(0);
        assertThat(((CommandResult.Rejected) unsigned).code()).isEqualTo(RejectionCode.CALIBRATION_REVOKED);
        assertThat(older).isNotEqualTo(revoked);
    }
}
