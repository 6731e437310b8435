package lab.spectra.model.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * X-bar-S limits against a hand computation with the constants for subgroups of four (A3 = 1.628,
 * c4 = 0.9213, B3 = 0, B4 = 2.266). Subgroup g is 20 + (g mod 2) + {-3, -1, +1, +3}: grand mean
 * 20.5, and every subgroup's s = sqrt((9 + 1 + 1 + 9) / 3) = sqrt(20 / 3) = 2.581989.
 */
class XBarSLimitsTest {

    static final List<List<Double>> SUBGROUPS = IntStream.range(0, 20)
            .mapToObj(g -> List.of(-3.0, -1.0, 1.0, 3.0).stream()
                    .map(offset -> 20.0 + g % 2 + offset)
                    .toList())
            .toList();

    static final double S_BAR = Math.sqrt(20.0 / 3);
    private static final Offset<Double> ROUNDING = within(1e-9);

    private static FrozenLimits frozen() {
        BaselineVerdict verdict = BaselineLimits.xBarS(SUBGROUPS, 20);
        assertThat(verdict).isInstanceOf(BaselineVerdict.Frozen.class);
        return ((BaselineVerdict.Frozen) verdict).limits();
    }

    @Test
    void theLimitsAreTheGrandMeanPlusOrMinusA3TimesTheMeanStandardDeviation() {
        FrozenLimits limits = frozen();

        assertThat(limits.centre()).isCloseTo(20.5, ROUNDING);
        assertThat(limits.upperControlLimit())
                .isCloseTo(20.5 + 1.628 * S_BAR, ROUNDING)
                .isCloseTo(24.703478, within(1e-6));
        assertThat(limits.lowerControlLimit())
                .isCloseTo(20.5 - 1.628 * S_BAR, ROUNDING)
                .isCloseTo(16.296522, within(1e-6));
    }

    @Test
    void theProcessSigmaIsTheMeanStandardDeviationOverC4() {
        FrozenLimits limits = frozen();

        assertThat(limits.processSigma()).isCloseTo(S_BAR / 0.9213, ROUNDING).isCloseTo(2.802550, within(1e-6));
        assertThat(limits.sigma()).isCloseTo(1.628 * S_BAR / 3, ROUNDING);
        assertThat(limits.sigmaEstimate()).isEqualTo(SigmaEstimate.MEAN_STANDARD_DEVIATION_OVER_C4);
    }

    @Test
    void theSChartRunsFromB3ToB4TimesTheMeanStandardDeviation() {
        DispersionChart deviations = frozen().dispersion();

        assertThat(deviations.statistic()).isEqualTo(DispersionChart.Statistic.STANDARD_DEVIATION);
        assertThat(deviations.centre()).isCloseTo(S_BAR, ROUNDING);
        assertThat(deviations.lowerControlLimit()).isZero();
        assertThat(deviations.upperControlLimit()).isCloseTo(2.266 * S_BAR, ROUNDING);
    }

    @Test
    void theLimitsRecordTheChartAndTheSubgroupSize() {
        FrozenLimits limits = frozen();

        assertThat(limits.chartType()).isEqualTo(ChartType.XBAR_S);
        assertThat(limits.subgroupSize()).isEqualTo(4);
        assertThat(limits.baselineSize()).isEqualTo(20);
    }
}
