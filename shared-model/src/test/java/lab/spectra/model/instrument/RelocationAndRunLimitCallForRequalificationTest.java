package lab.spectra.model.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * Besides maintenance, a move to another location and reaching the instrument's run limit since
 * its last requalification call for one (ADR 0022); no limit means runs alone never do.
 */
class RelocationAndRunLimitCallForRequalificationTest {

    private final Lab lab = new Lab();

    private Outcome edit(String location, Integer runLimit) {
        return lab.handle(
                new EditInstrument(
                        lab.meta(lab.admin),
                        lab.smu.id(),
                        Ids.newId(),
                        lab.smu.name(),
                        lab.smu.kind(),
                        lab.smu.serialNumber(),
                        location,
                        runLimit),
                lab.admin);
    }

    private Outcome startRun(Instant at) {
        return lab.handle(
                new StartRun(
                        lab.meta(lab.technician, at),
                        Ids.newId(),
                        lab.approvedIvSweep.id(),
                        lab.smu.id(),
                        lab.sample.id(),
                        null),
                lab.technician,
                at);
    }

    private Outcome requalify(Instant at) {
        return lab.handle(
                new RecordRequalification(lab.meta(lab.admin, at), Ids.newId(), lab.smu.id(), at, "OQ protocol passed"),
                lab.admin,
                at);
    }

    @Test
    void aMoveToAnotherLocationHoldsTheInstrumentNamingTheMove() {
        assertThat(edit("Cleanroom 2", null)).isInstanceOf(Applied.class);

        assertThat(startRun(Lab.NOW.plus(Duration.ofMinutes(5))))
                .isEqualTo(
                        new Rejected(
                                RejectionCode.REQUALIFICATION_NEEDED,
                                "SMU-01 needs requalification after relocation on 2026-03-10 (Moved from Bay 1 to Cleanroom 2)"));
    }

    @Test
    void anEditThatKeepsTheLocationCallsForNoRequalification() {
        edit("Bay 1", null);

        assertThat(lab.state.eventsOf(lab.smu.id())).isEmpty();
        assertThat(startRun(Lab.NOW.plus(Duration.ofMinutes(5)))).isInstanceOf(Applied.class);
    }

    @Test
    void theRunLimitHoldsTheInstrumentOnceThatManyRunsWereStarted() {
        edit("Bay 1", 2);
        assertThat(startRun(Lab.NOW.plus(Duration.ofMinutes(1)))).isInstanceOf(Applied.class);
        assertThat(startRun(Lab.NOW.plus(Duration.ofMinutes(2)))).isInstanceOf(Applied.class);

        assertThat(startRun(Lab.NOW.plus(Duration.ofMinutes(3))))
                .isEqualTo(new Rejected(
                        RejectionCode.REQUALIFICATION_NEEDED,
                        "SMU-01 needs requalification after 2 runs (limit 2) since it was registered"));
    }

    @Test
    void aRequalificationStartsTheRunCountAgain() {
        edit("Bay 1", 1);
        startRun(Lab.NOW.plus(Duration.ofMinutes(1)));

        requalify(Lab.NOW.plus(Duration.ofMinutes(2)));

        assertThat(startRun(Lab.NOW.plus(Duration.ofMinutes(3)))).isInstanceOf(Applied.class);
        assertThat(startRun(Lab.NOW.plus(Duration.ofMinutes(4))))
                .isEqualTo(
                        new Rejected(
                                RejectionCode.REQUALIFICATION_NEEDED,
                                "SMU-01 needs requalification after 1 runs (limit 1) since its last qualification on 2026-03-10"));
    }

    @Test
    void withoutARunLimitRunsAloneNeverCallForARequalification() {
        for (int minute = 1; minute <= 5; minute++) {
            assertThat(startRun(Lab.NOW.plus(Duration.ofMinutes(minute)))).isInstanceOf(Applied.class);
        }
    }
}
