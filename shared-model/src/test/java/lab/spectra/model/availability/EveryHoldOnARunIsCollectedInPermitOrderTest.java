package lab.spectra.model.availability;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.model.auth.Actor;
import lab.spectra.model.auth.Role;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * The availability model collects every hold; a command is refused with the first, so the
 * calibration (the instrument's state) is named before the operator's qualification.
 */
class EveryHoldOnARunIsCollectedInPermitOrderTest {

    private final Lab lab = new Lab();
    private final Actor newcomer = lab.actor(Role.TECHNICIAN, "Nina Newcomer");

    @Test
    void anExpiredCalibrationAndAMissingQualificationAreBothHoldsAndTheCalibrationRefuses() {
        RunRequest request =
                new RunRequest(newcomer.userId(), newcomer.displayName(), lab.xrd, lab.approvedXrdScan, Lab.NOW);

        Availability availability = RunAvailability.toStart().evaluate(request, lab.state);

        assertThat(availability).isInstanceOf(Availability.Held.class);
        assertThat(((Availability.Held) availability).holds())
                .extracting(Hold::code)
                .containsExactly(RejectionCode.CALIBRATION_EXPIRED, RejectionCode.NOT_QUALIFIED);
        assertThat(lab.handle(
                        new StartRun(
                                lab.meta(newcomer),
                                Ids.newId(),
                                lab.approvedXrdScan.id(),
                                lab.xrd.id(),
                                lab.sample.id(),
                                null),
                        newcomer))
                .isEqualTo(new Rejected(
                        RejectionCode.CALIBRATION_EXPIRED, "Calibration expired for XRD-01 on 2026-03-01"));
    }

    @Test
    void resultsNeedTheCalibrationButNotTheQualification() {
        RunRequest request =
                new RunRequest(newcomer.userId(), newcomer.displayName(), lab.smu, lab.approvedIvSweep, Lab.NOW);

        assertThat(RunAvailability.toRecordResults().evaluate(request, lab.state))
                .isEqualTo(new Availability.Available());
        assertThat(RunAvailability.toStart().evaluate(request, lab.state)).isInstanceOf(Availability.Held.class);
    }
}
