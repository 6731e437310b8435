package lab.spectra.model.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import lab.spectra.model.run.Run;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * Before a PI freezes the limits, points are plotted but no rule is judged (there is nothing to
 * judge against); from then on a point beyond 3 sigma raises a rule 1 alert with derived id, the
 * author's time and the rule in words. Freezing does not raise alerts for points already plotted.
 */
class AlertsAreRaisedOnlyOnceLimitsAreFrozenTest {

    private final Lab lab = new Lab();
    private final SpcWork work = new SpcWork(lab);
    private final SpcSeries chart = work.create("Vth", RuleNumbering.NELSON, false);

    @Test
    void anOutlierBeforeTheFreezeRaisesNothingAndOneAfterItRaisesRuleOne() {
        Instant next = work.feedRuns(Lab.NOW.minus(Duration.ofDays(30)), SpcWork.baseline());
        next = work.feedRuns(next, 0.20);
        assertThat(work.pointsOf(chart)).hasSize(21);
        assertThat(work.alertsOf(chart)).isEmpty();

        SpcSeries frozen = work.freeze(chart);
        assertThat(work.alertsOf(chart)).isEmpty();

        Run run = work.runStartedAt(next);
        Instant recordedAt = next.plus(Duration.ofMinutes(7));
        UUID resultId = work.record(run, "threshold voltage", 0.80, "V", recordedAt);

        UUID pointId = SpcPoint.idFor(chart.id(), resultId);
        assertThat(work.alertsOf(chart)).singleElement().satisfies(alert -> {
            assertThat(alert.id()).isEqualTo(SpcAlert.idFor(chart.id(), NelsonRule.RULE_1, pointId));
            assertThat(alert.pointId()).isEqualTo(pointId);
            assertThat(alert.rule()).isEqualTo("nelson-1");
            assertThat(alert.ruleNumber()).isEqualTo(1);
            assertThat(alert.message()).isEqualTo("Rule 1: one point more than 3 sigma from the centre line");
            assertThat(alert.raisedAt()).isEqualTo(recordedAt);
            assertThat(alert.involvedPointIds()).containsExactly(pointId);
            assertThat(alert.awaitsAcknowledgement()).isTrue();
        });
        assertThat(frozen.hasLimits()).isTrue();
    }
}
