package lab.spectra.model.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import lab.spectra.model.command.Applied;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * A shift of the mean keeps completing rule 2 at every further point on the same side; it raises
 * one alert while that alert is open, and a new one only once someone has acknowledged it. The
 * alert names the rule as the series numbers it.
 */
class AShiftRaisesOneRuleTwoAlertPerEpisodeTest {

    private static final double SLIGHTLY_ABOVE = 0.505;

    private final Lab lab = new Lab();
    private final SpcWork work = new SpcWork(lab);

    @Test
    void twelvePointsAboveTheCentreRaiseOneAlertAtTheNinth() {
        SpcSeries chart = work.create("Vth", RuleNumbering.NELSON, false, List.of(2));
        Instant shift = frozenBaseline(chart);

        work.feedRuns(shift, PointsAreOrderedByTheRunsTimeTest.repeat(SLIGHTLY_ABOVE, 12));

        List<SpcPoint> points = work.pointsOf(chart);
        SpcPoint ninth = points.get(20 + 8);
        assertThat(work.alertsOf(chart)).singleElement().satisfies(alert -> {
            assertThat(alert.pointId()).isEqualTo(ninth.id());
            assertThat(alert.message()).isEqualTo("Rule 2: nine points in a row on the same side of the centre line");
            assertThat(alert.involvedPointIds())
                    .containsExactlyElementsOf(
                            points.subList(20, 29).stream().map(SpcPoint::id).toList());
        });
    }

    @Test
    void onceAcknowledgedTheShiftStillGoingRaisesANewAlert() {
        SpcSeries chart = work.create("Vth", RuleNumbering.NELSON, false, List.of(2));
        Instant next =
                work.feedRuns(frozenBaseline(chart), PointsAreOrderedByTheRunsTimeTest.repeat(SLIGHTLY_ABOVE, 10));
        SpcAlert first = work.alertsOf(chart).get(0);
        assertThat(lab.handle(
                        new AcknowledgeSpcAlert(lab.meta(lab.engineer), first.id(), "Known: new probe card"),
                        lab.engineer))
                .isInstanceOf(Applied.class);

        work.feedRuns(next, SLIGHTLY_ABOVE);

        assertThat(work.alertsOf(chart)).hasSize(2);
        assertThat(lab.state.openSpcAlertsOf(chart.id())).singleElement().satisfies(alert -> assertThat(alert.pointId())
                .isEqualTo(work.pointsOf(chart).get(30).id()));
    }

    @Test
    void aWesternElectricChartNamesTheRuleWe4() {
        SpcSeries chart = work.create("Vth WE", RuleNumbering.WESTERN_ELECTRIC, false);
        assertThat(chart.enabledRules()).containsExactly(1, 2, 5, 6);

        work.feedRuns(frozenBaseline(chart), PointsAreOrderedByTheRunsTimeTest.repeat(SLIGHTLY_ABOVE, 9));

        assertThat(work.alertsOf(chart))
                .extracting(SpcAlert::message)
                .containsExactly("WE4: nine points in a row on the same side of the centre line");
    }

    /** Feeds the baseline, freezes it, and answers when the next run may start. */
    private Instant frozenBaseline(SpcSeries chart) {
        Instant next = work.feedRuns(Lab.NOW.minus(Duration.ofDays(30)), SpcWork.baseline());
        work.freeze(chart);
        return next;
    }
}
