package lab.spectra.model.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.instrument.InstrumentStatus;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/** Illegal steps in a run's life are refused with their code. */
class RunCommandsTest {

    private final Lab lab = new Lab();
    private final Run run = lab.runningRunOf(lab.technician);

    private RejectionCode codeOf(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Rejected.class);
        return ((Rejected) outcome).code();
    }

    private RecordResult result(Run target) {
        return new RecordResult(
                lab.meta(lab.technician), Ids.newId(), target.id(), "threshold voltage", 0.4, "V", null, null);
    }

    @Test
    void aFinishedRunCannotBeFinishedAgain() {
        assertThat(lab.handle(new FinishRun(lab.meta(lab.technician), run.id()), lab.technician))
                .isInstanceOf(Applied.class);
        assertThat(codeOf(lab.handle(new FinishRun(lab.meta(lab.technician), run.id()), lab.technician)))
                .isEqualTo(RejectionCode.ILLEGAL_TRANSITION);
    }

    @Test
    void aFinishedRunCannotBeAborted() {
        lab.handle(new FinishRun(lab.meta(lab.technician), run.id()), lab.technician);
        assertThat(codeOf(lab.handle(new AbortRun(lab.meta(lab.technician), run.id(), "oops"), lab.technician)))
                .isEqualTo(RejectionCode.ILLEGAL_TRANSITION);
    }

    @Test
    void anAbortedRunCannotBeFinished() {
        lab.handle(new AbortRun(lab.meta(lab.technician), run.id(), "needle broke"), lab.technician);
        assertThat(lab.state.run(run.id()).orElseThrow().abortReason()).isEqualTo("needle broke");
        assertThat(codeOf(lab.handle(new FinishRun(lab.meta(lab.technician), run.id()), lab.technician)))
                .isEqualTo(RejectionCode.ILLEGAL_TRANSITION);
    }

    @Test
    void resultsAreOnlyRecordedOnARunningRun() {
        lab.handle(new FinishRun(lab.meta(lab.technician), run.id()), lab.technician);
        assertThat(lab.handle(result(run), lab.technician))
                .isEqualTo(new Rejected(RejectionCode.RUN_NOT_RUNNING, "This run is finished, not running"));
    }

    @Test
    void aRunCannotFinishBeforeItStarted() {
        FinishRun early = new FinishRun(lab.meta(lab.technician, run.startedAt().minusSeconds(1)), run.id());
        assertThat(codeOf(lab.handle(early, lab.technician))).isEqualTo(RejectionCode.FINISH_BEFORE_START);
    }

    @Test
    void finishingStampsTheAuthorsTime() {
        lab.handle(new FinishRun(lab.meta(lab.technician), run.id()), lab.technician);
        Run finished = lab.state.run(run.id()).orElseThrow();
        assertThat(finished.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(finished.finishedAt()).isEqualTo(Lab.NOW);
        assertThat(Duration.between(finished.startedAt(), finished.finishedAt()))
                .isPositive();
    }

    @Test
    void aTechnicianCannotWorkOnSomeoneElsesRun() {
        Run othersRun = lab.runningRunOf(lab.actor(lab.technician.role(), "Other Technician"));
        assertThat(codeOf(lab.handle(result(othersRun), lab.technician))).isEqualTo(RejectionCode.NOT_RUN_OPERATOR);
    }

    @Test
    void anEngineerMayFinishSomeoneElsesRun() {
        assertThat(lab.handle(new FinishRun(lab.meta(lab.engineer), run.id()), lab.engineer))
                .isInstanceOf(Applied.class);
    }

    @Test
    void resultValuesMustBeFiniteNumbers() {
        RecordResult notANumber =
                new RecordResult(lab.meta(lab.technician), Ids.newId(), run.id(), "gain", Double.NaN, "dB", null, null);
        assertThat(codeOf(lab.handle(notANumber, lab.technician))).isEqualTo(RejectionCode.INVALID_INPUT);
    }

    @Test
    void aRunCannotStartOnAnInstrumentOutOfService() {
        Instrument broken = new Instrument(
                lab.smu.id(),
                lab.organizationId,
                lab.smu.name(),
                lab.smu.kind(),
                null,
                null,
                InstrumentStatus.OUT_OF_SERVICE,
                null,
                null,
                null,
                Lab.NOW,
                Lab.NOW,
                null,
                2);
        lab.state.put(broken);
        StartRun start = new StartRun(
                lab.meta(lab.technician), Ids.newId(), lab.approvedIvSweep.id(), lab.smu.id(), lab.sample.id(), null);
        assertThat(lab.handle(start, lab.technician))
                .isEqualTo(new Rejected(RejectionCode.INSTRUMENT_UNAVAILABLE, "SMU-01 is out of service"));
    }

    @Test
    void aRunOnADeviceNeedsTheDeviceToBeOnTheSample() {
        var otherSample = new Sample(
                Ids.newId(),
                lab.organizationId,
                "Other",
                "S-0002",
                null,
                null,
                lab.sample.status(),
                null,
                null,
                lab.engineer.userId(),
                Lab.NOW,
                Lab.NOW,
                null,
                1,
                null,
                null);
        lab.state.put(otherSample);
        StartRun start = new StartRun(
                lab.meta(lab.technician),
                Ids.newId(),
                lab.approvedIvSweep.id(),
                lab.smu.id(),
                otherSample.id(),
                lab.device.id());
        assertThat(codeOf(lab.handle(start, lab.technician))).isEqualTo(RejectionCode.INVALID_INPUT);
    }

    @Test
    void aRunIdCannotBeUsedTwice() {
        StartRun start = new StartRun(
                lab.meta(lab.technician), run.id(), lab.approvedIvSweep.id(), lab.smu.id(), lab.sample.id(), null);
        assertThat(codeOf(lab.handle(start, lab.technician))).isEqualTo(RejectionCode.ALREADY_EXISTS);
    }
}
