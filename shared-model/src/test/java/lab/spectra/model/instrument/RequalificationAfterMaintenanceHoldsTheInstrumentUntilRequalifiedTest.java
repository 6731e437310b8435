package lab.spectra.model.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.run.RecordResult;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * Maintenance calls for a requalification: from the moment the maintenance was done until a
 * requalification dated after it is recorded, no run starts on the instrument, and the refusal
 * names the instrument, the trigger and the date (ADR 0022).
 */
class RequalificationAfterMaintenanceHoldsTheInstrumentUntilRequalifiedTest {

    private static final Instant MAINTAINED = Lab.NOW.minus(Duration.ofHours(3));

    private final Lab lab = new Lab();

    private Outcome maintain() {
        return lab.handle(
                new RecordMaintenance(
                        lab.meta(lab.admin),
                        Ids.newId(),
                        lab.smu.id(),
                        lab.smuMaintenance.id(),
                        MAINTAINED,
                        "Contacts cleaned, cables reseated"),
                lab.admin);
    }

    private Outcome requalify(Instant performedAt) {
        return lab.handle(
                new RecordRequalification(
                        lab.meta(lab.admin),
                        Ids.newId(),
                        lab.smu.id(),
                        performedAt,
                        "Reference resistor within 0.05 %"),
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
                lab.technician);
    }

    @Test
    void aRunAfterMaintenanceIsRefusedWithTheInstrumentTheTriggerAndTheDate() {
        assertThat(maintain()).isInstanceOf(Applied.class);

        assertThat(startRun(Lab.NOW))
                .isEqualTo(new Rejected(
                        RejectionCode.REQUALIFICATION_NEEDED,
                        "SMU-01 needs requalification after maintenance on 2026-03-10"));
    }

    @Test
    void aRequalificationAfterTheMaintenanceMakesTheInstrumentAvailableAgain() {
        maintain();

        assertThat(requalify(MAINTAINED.plus(Duration.ofHours(1)))).isInstanceOf(Applied.class);

        assertThat(startRun(Lab.NOW)).isInstanceOf(Applied.class);
    }

    @Test
    void aRequalificationDatedBeforeTheMaintenanceDoesNotAnswerIt() {
        maintain();

        requalify(MAINTAINED.minus(Duration.ofDays(1)));

        assertThat(startRun(Lab.NOW)).isInstanceOfSatisfying(Rejected.class, rejected -> assertThat(rejected.code())
                .isEqualTo(RejectionCode.REQUALIFICATION_NEEDED));
    }

    @Test
    void aRunStartedBeforeTheMaintenanceIsJudgedAtItsOwnTime() {
        maintain();

        assertThat(startRun(MAINTAINED.minus(Duration.ofMinutes(30)))).isInstanceOf(Applied.class);
    }

    @Test
    void resultsOfARunStartedBeforeTheMaintenanceMayStillBeRecorded() {
        Run running = lab.runningRunOf(lab.technician);
        maintain();

        Outcome result = lab.handle(
                new RecordResult(lab.meta(lab.technician), Ids.newId(), running.id(), "R_on", 12.5, "ohm", null, null),
                lab.technician);

        assertThat(result).isInstanceOf(Applied.class);
    }

    @Test
    void theMaintenanceMovesItsTasksNextDueDateByTheInterval() {
        maintain();

        assertThat(lab.state.maintenanceTask(lab.smuMaintenance.id()).orElseThrow())
                .satisfies(task -> {
                    assertThat(task.lastDoneAt()).isEqualTo(MAINTAINED);
                    assertThat(task.nextDueAt()).isEqualTo(MAINTAINED.plus(Duration.ofDays(90)));
                });
        assertThat(lab.state.eventsOf(lab.smu.id())).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(InstrumentEventKind.MAINTENANCE);
            assertThat(event.label()).isEqualTo("Clean the probe contacts: Contacts cleaned, cables reseated");
        });
    }
}
