package lab.spectra.model.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * X-bar-R limits against a hand computation with the constants for subgroups of five (A2 = 0.577,
 * d2 = 2.326, D3 = 0, D4 = 2.114). Subgroup g has mean 50 + (g mod 4); even subgroups spread
 * -2 -1 0 +1 +2 around it (range 4), odd ones -1 0 0 0 +1 (range 2). So the grand mean is 51.5 and
 * R-bar is 3.
 */
class XBarRLimitsTest {

    static final List<List<Double>> SUBGROUPS = IntStream.range(0, 20)
            .mapToObj(g -> (g % 2 == 0 ? List.of(-2.0, -1.0, 0.0, 1.0, 2.0) : List.of(-1.0, 0.0, 0.0, 0.0, 1.0))
                    .stream().map(offset -> 50.0 + g % 4 + offset).toList())
            .toList();

    private static final Offset<Double> ROUNDING = within(1e-9);

    private static FrozenLimits frozen() {
        BaselineVerdict verdict = BaselineLimits.xBarR(SUBGROUPS, 20);
        assertThat(verdict).isInstanceOf(BaselineVerdict.Frozen.class);
        return ((BaselineVerdict.Frozen) verdict).limits();
    }

    @Test
    void theCentreLineIsTheGrandMean() {
        assertThat(frozen().centre()).isCloseTo(51.5, ROUNDING);
    }

    @Test
    void theLimitsAreTheGrandMeanPlusOrMinusA2TimesTheMeanRange() {
        FrozenLimits limits = frozen();

        assertThat(limits.upperControlLimit())
                .isCloseTo(51.5 + 0.577 * 3, ROUNDING)
                .isCloseTo(53.231, ROUNDING);
        assertThat(limits.lowerControlLimit()).isCloseTo(49.769, ROUNDING);
    }

    @Test
    void theProcessSigmaIsTheMeanRangeOverD2AndTheZonesAreAThirdOfTheHalfWidth() {
        FrozenLimits limits = frozen();

        assertThat(limits.processSigma()).isCloseTo(3 / 2.326, ROUNDING);
        // One zone is a third of the half-width A2 * R-bar = 1.731.
        assertThat(limits.sigma()).isCloseTo(0.577, ROUNDING);
        assertThat(limits.sigmaEstimate()).isEqualTo(SigmaEstimate.MEAN_RANGE_OVER_D2);
    }

    @Test
    void theRangeChartRunsFromD3ToD4TimesTheMeanRange() {
        DispersionChart ranges = frozen().dispersion();

        assertThat(ranges.statistic()).isEqualTo(DispersionChart.Statistic.RANGE);
        assertThat(ranges.centre()).isCloseTo(3, ROUNDING);
        assertThat(ranges.lowerControlLimit()).isZero();
        assertThat(ranges.upperControlLimit()).isCloseTo(2.114 * 3, ROUNDING);
    }

    @Test
    void theLimitsRecordTheChartTheBaselineAndTheSubgroupSize() {
        FrozenLimits limits = frozen();

        assertThat(limits.chartType()).isEqualTo(ChartType.XBAR_R);
        assertThat(limits.baselineSize()).isEqualTo(20);
        assertThat(limits.subgroupSize()).isEqualTo(5);
        assertThat(limits.derivation())
                .startsWith("X-bar-R from the first 20 subgroups of 5: centre = mean of the"
                        + " subgroup means = 51.5; R-bar = 3; limits = centre +/- A2 * R-bar = 51.5 +/- 0.577 * 3 = 49.769 .."
                        + " 53.231; sigma = R-bar / d2 = 3 / 2.326 = 1.28977");
    }
}
