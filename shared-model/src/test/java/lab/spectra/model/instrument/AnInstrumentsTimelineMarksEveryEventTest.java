package lab.spectra.model.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import lab.spectra.model.calibration.RevokeCalibration;
import lab.spectra.model.id.Ids;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/** The markers an SPC chart draws: certificates, maintenance, requalification and status, oldest first. */
class AnInstrumentsTimelineMarksEveryEventTest {

    @Test
    void calibrationsAndEventsAreMarkedInTimeOrder() {
        Lab lab = new Lab();
        lab.handle(
                new RecordMaintenance(
                        lab.meta(lab.admin),
                        Ids.newId(),
                        lab.smu.id(),
                        null,
                        Lab.NOW.minus(Duration.ofHours(2)),
                        "Fan"),
                lab.admin);
        lab.handle(
                new RecordRequalification(
                        lab.meta(lab.admin), Ids.newId(), lab.smu.id(), Lab.NOW.minus(Duration.ofHours(1)), "OQ"),
                lab.admin);
        lab.handle(new RevokeCalibration(lab.meta(lab.admin), lab.smuCalibration.id(), "drift"), lab.admin);

        List<InstrumentMarker> timeline =
                InstrumentMarker.timeline(lab.state.eventsOf(lab.smu.id()), lab.state.calibrationsOf(lab.smu.id()));

        assertThat(timeline)
                .extracting(InstrumentMarker::kind, InstrumentMarker::label)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                InstrumentEventKind.CALIBRATION,
                                "Calibrated: certificate " + lab.smuCalibration.certificateNumber()),
                        org.assertj.core.groups.Tuple.tuple(InstrumentEventKind.MAINTENANCE, "Fan"),
                        org.assertj.core.groups.Tuple.tuple(InstrumentEventKind.REQUALIFICATION, "Requalified: OQ"),
                        org.assertj.core.groups.Tuple.tuple(
                                InstrumentEventKind.CALIBRATION,
                                "Certificate " + lab.smuCalibration.certificateNumber() + " revoked: drift"));
    }
}
