package lab.spectra.model.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.command.Applied;
import lab.spectra.model.id.Ids;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * An X-bar chart plots the means of consecutive subgroups: a point far off raises nothing until its
 * subgroup is full, then the subgroup's mean is judged and the alert names all its points.
 */
class AnXBarChartIsJudgedOnceASubgroupIsFullTest {

    private final Lab lab = new Lab();
    private final SpcWork work = new SpcWork(lab);

    @Test
    void aSubgroupBeyondThreeSigmaRaisesRuleOneWhenItsSecondPointArrives() {
        UUID id = Ids.newId();
        assertThat(lab.handle(
                        new CreateSpcSeries(
                                lab.meta(lab.engineer),
                                id,
                                "Vth X-bar",
                                lab.smu.id(),
                                "IV sweep",
                                "threshold voltage",
                                "V",
                                null,
                                ChartType.XBAR_R,
                                2,
                                20,
                                List.of(1),
                                RuleNumbering.NELSON,
                                false,
                                null,
                                null),
                        lab.engineer))
                .isInstanceOf(Applied.class);
        double[] pairs = new double[40];
        double[] baseline = SpcWork.baseline();
        for (int i = 0; i < 20; i++) {
            pairs[2 * i] = baseline[i] - 0.005;
            pairs[2 * i + 1] = baseline[i] + 0.005;
        }
        Instant next = work.feedRuns(Lab.NOW.minus(Duration.ofDays(30)), pairs);
        SpcSeries chart = work.freeze(work.series(id));
        assertThat(chart.hasLimits()).isTrue();

        next = work.feedRuns(next, 0.90);
        assertThat(work.alertsOf(chart)).isEmpty();
        work.feedRuns(next, 0.90);

        List<SpcPoint> points = work.pointsOf(chart);
        SpcPoint first = points.get(40);
        SpcPoint second = points.get(41);
        assertThat(work.alertsOf(chart)).singleElement().satisfies(alert -> {
            assertThat(alert.ruleNumber()).isEqualTo(1);
            assertThat(alert.pointId()).isEqualTo(second.id());
            assertThat(alert.involvedPointIds()).containsExactly(first.id(), second.id());
        });
    }
}
