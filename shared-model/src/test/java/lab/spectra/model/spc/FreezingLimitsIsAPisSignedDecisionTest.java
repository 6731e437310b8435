package lab.spectra.model.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.eln.Signature;
import lab.spectra.model.eln.SignatureMeaning;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * Freezing a chart's limits is a PI's signed decision: the limits are computed again from the
 * deciding side's points and must hash to what the PI was shown; a baseline that cannot give limits
 * is refused with its reason; the signature (on {@code spc_series}, meaning approved), the
 * decision and the chart's limits are written together.
 */
class FreezingLimitsIsAPisSignedDecisionTest {

    private static final Instant BASELINE_START = Lab.NOW.minus(Duration.ofDays(30));

    private final Lab lab = new Lab();
    private final SpcWork work = new SpcWork(lab);
    private final SpcSeries chart = work.create("Vth", RuleNumbering.NELSON, false);

    @Test
    void aTechnicianOrAnEngineerMayNotFreezeLimits() {
        work.feedRuns(BASELINE_START, SpcWork.baseline());

        assertThat(lab.handle(work.freezeAsShown(lab.technician, chart), lab.technician))
                .extracting(outcome -> ((Rejected) outcome).code())
                .isEqualTo(RejectionCode.NOT_PERMITTED);
        assertThat(lab.handle(work.freezeAsShown(lab.engineer, chart), lab.engineer))
                .extracting(outcome -> ((Rejected) outcome).code())
                .isEqualTo(RejectionCode.NOT_PERMITTED);
        assertThat(work.series(chart.id()).hasLimits()).isFalse();
    }

    @Test
    void thePisFreezeWritesTheSignatureTheDecisionAndTheLimits() {
        work.feedRuns(BASELINE_START, SpcWork.baseline());
        List<SpcPoint> points = work.pointsOf(chart);
        SpcLimitsProposal shown = SpcLimitsProposal.of(chart, points, null, null);
        FreezeSpcLimits freeze = work.freezeAsShown(lab.pi, chart);

        Outcome outcome = lab.handle(freeze, lab.pi);

        assertThat(outcome).isInstanceOf(Applied.class);
        Signature signature = lab.state.signature(freeze.signatureId()).orElseThrow();
        assertThat(signature.recordTable()).isEqualTo("spc_series");
        assertThat(signature.recordId()).isEqualTo(chart.id());
        assertThat(signature.meaning()).isEqualTo(SignatureMeaning.APPROVED);
        assertThat(signature.contentSha256()).isEqualTo(shown.contentSha256());
        assertThat(signature.signerId()).isEqualTo(lab.pi.userId());
        assertThat(signature.signedAt()).isEqualTo(freeze.meta().authoredAt());
        SpcLimitDecision decision =
                lab.state.spcLimitDecision(freeze.decisionId()).orElseThrow();
        FrozenLimits limits = shown.limits();
        assertThat(decision.centerLine()).isEqualTo(limits.centre());
        assertThat(decision.lowerControlLimit()).isEqualTo(limits.lowerControlLimit());
        assertThat(decision.upperControlLimit()).isEqualTo(limits.upperControlLimit());
        assertThat(decision.sigma()).isEqualTo(limits.sigma());
        assertThat(decision.derivation()).isEqualTo(limits.derivation());
        assertThat(decision.baselineFirstPointId()).isEqualTo(points.get(0).id());
        assertThat(decision.baselineLastPointId()).isEqualTo(points.get(19).id());
        assertThat(decision.signatureId()).isEqualTo(freeze.signatureId());
        assertThat(decision.decidedBy()).isEqualTo(lab.pi.userId());
        assertThat(decision.reason()).isEqualTo("Baseline after the SMU's calibration");
        SpcSeries frozen = work.series(chart.id());
        assertThat(frozen.centerLine()).isEqualTo(limits.centre());
        assertThat(frozen.lowerControlLimit()).isEqualTo(limits.lowerControlLimit());
        assertThat(frozen.upperControlLimit()).isEqualTo(limits.upperControlLimit());
        assertThat(frozen.sigma()).isEqualTo(limits.sigma());
        assertThat(frozen.limitsDecisionId()).isEqualTo(freeze.decisionId());
        assertThat(frozen.rowVersion()).isEqualTo(chart.rowVersion() + 1);
        // What the device key signs is rebuilt from the stored rows to check the signature later.
        assertThat(SpcLimitsPayload.of(signature, decision)).isEqualTo(freeze.payload());
        assertThat(new String(freeze.payload().bytes(), StandardCharsets.UTF_8))
                .startsWith("spectra-spc-limits-signature-v1\nsignature " + freeze.signatureId() + "\n");
    }

    @Test
    void theSameLimitsAreNotFrozenTwice() {
        work.feedRuns(BASELINE_START, SpcWork.baseline());
        work.freeze(chart);

        Outcome again = lab.handle(work.freezeAsShown(lab.pi, work.series(chart.id())), lab.pi);

        assertThat(again).isInstanceOf(Rejected.class);
        assertThat(((Rejected) again).code()).isEqualTo(RejectionCode.ALREADY_SIGNED);
    }

    @Test
    void aBaselineWithoutSpreadCannotBeFrozen() {
        work.feedRuns(BASELINE_START, PointsAreOrderedByTheRunsTimeTest.repeat(0.5, 20));
        SpcLimitsProposal shown = SpcLimitsProposal.of(chart, work.pointsOf(chart), null, null);

        Outcome outcome = lab.handle(work.freezeAsShown(lab.pi, chart), lab.pi);

        assertThat(outcome)
                .isEqualTo(new Rejected(
                        RejectionCode.BASELINE_NOT_USABLE, ((BaselineVerdict.Refused) shown.verdict()).message()));
        assertThat(((Rejected) outcome).message()).contains("cannot be frozen");
        assertThat(lab.state.all(SpcLimitDecision.class)).isEmpty();
        assertThat(work.series(chart.id()).hasLimits()).isFalse();
    }

    @Test
    void tooFewPointsCannotBeFrozen() {
        work.feedRuns(BASELINE_START, 0.50, 0.51, 0.49);

        Outcome outcome = lab.handle(work.freezeAsShown(lab.pi, chart), lab.pi);

        assertThat(((Rejected) outcome).code()).isEqualTo(RejectionCode.BASELINE_NOT_USABLE);
        assertThat(((Rejected) outcome).message())
                .isEqualTo("The series has 3 points; the baseline needs the first 20");
    }

    @Test
    void aBaselineThatChangedSinceThePiLookedIsRefused() {
        work.feedRuns(BASELINE_START, SpcWork.baseline());
        FreezeSpcLimits asShown = work.freezeAsShown(lab.pi, chart);
        // A bench that was offline delivers a result of a run older than the baseline's first.
        work.feedRuns(BASELINE_START.minus(Duration.ofDays(1)), 0.53);

        Outcome outcome = lab.handle(asShown, lab.pi);

        assertThat(outcome).isInstanceOf(Rejected.class);
        assertThat(((Rejected) outcome).code()).isEqualTo(RejectionCode.SIGNED_CONTENT_CHANGED);
        assertThat(((Rejected) outcome).message()).startsWith("The baseline changed since you looked");
        assertThat(lab.state.signature(asShown.signatureId())).isEmpty();
        assertThat(work.series(chart.id()).hasLimits()).isFalse();
    }
}
