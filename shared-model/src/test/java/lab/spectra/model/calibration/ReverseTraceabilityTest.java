package lab.spectra.model.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.id.Ids;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.RunStatus;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/** A revoked certificate lists the runs made since that certificate was issued, for review. */
class ReverseTraceabilityTest {

    private final Lab lab = new Lab();

    private Run runOn(UUID instrumentId, UUID calibrationId, Instant startedAt) {
        return new Run(
                Ids.newId(),
                lab.organizationId,
                lab.approvedIvSweep.id(),
                1,
                instrumentId,
                calibrationId,
                lab.sample.id(),
                null,
                lab.technician.userId(),
                RunStatus.FINISHED,
                startedAt,
                startedAt.plusSeconds(600),
                null,
                null,
                null,
                startedAt,
                startedAt,
                2);
    }

    @Test
    void runsSinceTheLastGoodCalibrationAreListedOldestFirst() {
        Calibration revoked = lab.smuCalibration;
        Run before = runOn(lab.smu.id(), null, revoked.issuedAt().minus(Duration.ofDays(3)));
        Run later = runOn(lab.smu.id(), revoked.id(), Lab.NOW.minus(Duration.ofDays(1)));
        Run earlier = runOn(lab.smu.id(), revoked.id(), Lab.NOW.minus(Duration.ofDays(20)));
        Run otherInstrument = runOn(lab.xrd.id(), lab.xrdCalibration.id(), Lab.NOW.minus(Duration.ofDays(2)));

        assertThat(ReverseTraceability.runsToReview(revoked, List.of(before, later, earlier, otherInstrument)))
                .containsExactly(earlier, later);
    }
}
