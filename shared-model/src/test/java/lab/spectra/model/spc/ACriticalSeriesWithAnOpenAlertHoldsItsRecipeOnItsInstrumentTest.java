package lab.spectra.model.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * An open alert on a critical chart puts its instrument on hold for the chart's recipe lineage,
 * in the rule's words, until someone acknowledges it. Other recipes, charts not marked critical,
 * acknowledged alerts and results on a run already running are not held.
 */
class ACriticalSeriesWithAnOpenAlertHoldsItsRecipeOnItsInstrumentTest {

    private final Lab lab = new Lab();
    private final SpcSeries critical = lab.withLimits(
            lab.spcSeries("Threshold voltage", "threshold voltage", "V", "iv sweep", RuleNumbering.NELSON, true),
            0.5,
            0.01);
    private final SpcAlert alert = lab.openAlert(critical, Lab.NOW.minus(Duration.ofHours(2)));

    ACriticalSeriesWithAnOpenAlertHoldsItsRecipeOnItsInstrumentTest() {
        lab.state.put(critical, alert);
    }

    private Outcome start(Recipe recipe) {
        return lab.handle(
                new StartRun(lab.meta(lab.technician), Ids.newId(), recipe.id(), lab.smu.id(), lab.sample.id(), null),
                lab.technician);
    }

    @Test
    void aRunOfTheRecipeIsRefusedInTheRulesWords() {
        assertThat(start(lab.approvedIvSweep))
                .isEqualTo(new Rejected(
                        RejectionCode.SPC_HOLD,
                        "SMU-01 is on hold for IV sweep: SPC alert on Threshold voltage \u2014 Rule 1: one point more"
                                + " than 3 sigma from the centre line (acknowledge it on the SPC screen)"));
    }

    @Test
    void anotherRecipeOnTheInstrumentIsNotHeld() {
        Recipe transfer = lab.recipe("Transfer curve", InstrumentKind.SMU, ApprovalStatus.APPROVED);
        lab.state.put(transfer);

        assertThat(start(transfer)).isInstanceOf(Applied.class);
    }

    @Test
    void onceAcknowledgedTheRecipeRunsAgain() {
        assertThat(lab.handle(
                        new AcknowledgeSpcAlert(lab.meta(lab.engineer), alert.id(), "Reference device re-measured"),
                        lab.engineer))
                .isInstanceOf(Applied.class);

        assertThat(start(lab.approvedIvSweep)).isInstanceOf(Applied.class);
    }

    @Test
    void aChartNotMarkedCriticalDoesNotHold() {
        Lab other = new Lab();
        // The lab's own on-resistance chart is not critical and has an open alert.
        assertThat(other.state.openSpcAlertsOf(other.frozenSpcSeries.id())).isNotEmpty();

        Outcome outcome = other.handle(
                new StartRun(
                        other.meta(other.technician),
                        Ids.newId(),
                        other.approvedIvSweep.id(),
                        other.smu.id(),
                        other.sample.id(),
                        null),
                other.technician);

        assertThat(outcome).isInstanceOf(Applied.class);
    }

    @Test
    void anAlertRaisedAfterTheRunStartedDoesNotHoldIt() {
        Outcome outcome = lab.handle(
                new StartRun(
                        lab.meta(lab.technician, Lab.NOW.minus(Duration.ofHours(3))),
                        Ids.newId(),
                        lab.approvedIvSweep.id(),
                        lab.smu.id(),
                        lab.sample.id(),
                        null),
                lab.technician);

        assertThat(outcome).isInstanceOf(Applied.class);
    }

    @Test
    void resultsOfARunAlreadyRunningAreNotHeld() {
        Run running = lab.runningRunOf(lab.technician);
        UUID resultId = Ids.newId();

        Outcome outcome = lab.handle(
                new lab.spectra.model.run.RecordResult(
                        lab.meta(lab.technician), resultId, running.id(), "threshold voltage", 0.51, "V", null, null),
                lab.technician);

        assertThat(outcome).isInstanceOf(Applied.class);
    }
}
