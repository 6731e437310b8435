package lab.spectra.model.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.run.Run;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * Points are ordered by the time their run started, not by when the result arrived: a result
 * recorded late (a bench that was offline) lands in its place on the chart and the rules judge it
 * there, with its neighbours in time.
 */
class PointsAreOrderedByTheRunsTimeTest {

    private static final Instant BASELINE_START = Lab.NOW.minus(Duration.ofDays(30));
    private static final double SLIGHTLY_ABOVE = 0.505;

    private final Lab lab = new Lab();
    private final SpcWork work = new SpcWork(lab);
    private final SpcSeries chart = work.create("Vth", RuleNumbering.NELSON, false, List.of(1, 2));

    @Test
    void aResultOfAnEarlierRunRecordedLastLandsAmongThePointsOfItsTime() {
        Run early = work.runStartedAt(Lab.NOW.minus(Duration.ofHours(10)));
        Run late = work.runStartedAt(Lab.NOW.minus(Duration.ofHours(5)));
        UUID lateResult = work.record(late, "threshold voltage", 0.52, "V", Lab.NOW.minus(Duration.ofHours(4)));
        UUID earlyResult = work.record(early, "threshold voltage", 0.50, "V", Lab.NOW.minus(Duration.ofHours(1)));

        assertThat(work.pointsOf(chart)).extracting(SpcPoint::resultId).containsExactly(earlyResult, lateResult);
    }

    @Test
    void aLatePointThatCompletesNineInARowInItsPlaceRaisesRuleTwo() {
        work.feedRuns(BASELINE_START, SpcWork.baseline());
        work.freeze(chart);
        Instant shiftStart = Lab.NOW.minus(Duration.ofDays(5));
        // Eight points above the centre line, an hour apart, leaving the first hour of the shift open.
        work.feedRuns(shiftStart.plus(Duration.ofHours(1)), repeat(SLIGHTLY_ABOVE, 8));
        assertThat(work.alertsOf(chart)).isEmpty();

        Run offline = work.runStartedAt(shiftStart);
        UUID lateResult = work.record(offline, "threshold voltage", SLIGHTLY_ABOVE, "V", Lab.NOW);

        List<SpcPoint> points = work.pointsOf(chart);
        SpcPoint late = points.stream()
                .filter(point -> point.resultId().equals(lateResult))
                .findFirst()
                .orElseThrow();
        assertThat(points.indexOf(late)).isEqualTo(20);
        SpcPoint lastOfTheShift = points.get(points.size() - 1);
        assertThat(work.alertsOf(chart)).singleElement().satisfies(alert -> {
            assertThat(alert.ruleNumber()).isEqualTo(2);
            assertThat(alert.pointId()).isEqualTo(lastOfTheShift.id());
            assertThat(alert.id()).isEqualTo(SpcAlert.idFor(chart.id(), NelsonRule.RULE_2, lastOfTheShift.id()));
            assertThat(alert.involvedPointIds()).hasSize(9).contains(late.id());
        });
    }

    @Test
    void aLatePointAmongMixedNeighboursRaisesNothingThoughAtTheEndItWouldCompleteARun() {
        work.feedRuns(BASELINE_START, SpcWork.baseline());
        work.freeze(chart);
        work.feedRuns(Lab.NOW.minus(Duration.ofDays(5)), repeat(SLIGHTLY_ABOVE, 8));

        Run offline = work.runStartedAt(BASELINE_START.plus(Duration.ofMinutes(30)));
        work.record(offline, "threshold voltage", SLIGHTLY_ABOVE, "V", Lab.NOW);

        assertThat(work.pointsOf(chart).get(1).value()).isEqualTo(SLIGHTLY_ABOVE);
        assertThat(work.alertsOf(chart)).isEmpty();

        work.record(
                work.runStartedAt(Lab.NOW.minus(Duration.ofHours(1))),
                "threshold voltage",
                SLIGHTLY_ABOVE,
                "V",
                Lab.NOW);
        assertThat(work.alertsOf(chart)).extracting(SpcAlert::ruleNumber).containsExactly(2);
    }

    static double[] repeat(double value, int times) {
        double[] values = new double[times];
        java.util.Arrays.fill(values, value);
        return values;
    }
}
