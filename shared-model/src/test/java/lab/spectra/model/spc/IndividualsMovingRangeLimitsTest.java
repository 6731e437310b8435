package lab.spectra.model.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * I-MR limits against a hand computation: 20 film thicknesses (nm), their mean, the mean of their
 * 19 moving ranges, sigma = MR-bar / 1.128 and limits at 3 sigma.
 */
class IndividualsMovingRangeLimitsTest {

    /** Sum 201.0, so the mean is 10.05. */
    static final List<Double> THICKNESS = List.of(
            10.2, 9.8, 10.1, 10.4, 9.9, 10.0, 10.3, 9.7, 10.1, 10.2, 9.9, 10.0, 10.4, 10.1, 9.8, 10.0, 10.2, 9.9, 10.1,
            9.9);

    /**
     * Moving ranges 0.4 0.3 0.3 0.5 0.1 0.3 0.6 0.4 0.1 0.3 0.1 0.4 0.3 0.3 0.2 0.2 0.3 0.2 0.2: sum
     * 5.5, so MR-bar = 5.5 / 19 = 0.289474 and sigma = 0.289474 / 1.128 = 0.256626.
     */
    static final double MR_BAR = 5.5 / 19;

    static final double SIGMA = MR_BAR / 1.128;
    private static final Offset<Double> ROUNDING = within(1e-9);

    private static FrozenLimits frozen(List<Double> series) {
        BaselineVerdict verdict = BaselineLimits.individualsMovingRange(series, 20);
        assertThat(verdict).isInstanceOf(BaselineVerdict.Frozen.class);
        return ((BaselineVerdict.Frozen) verdict).limits();
    }

    @Test
    void theCentreLineIsTheBaselineMean() {
        assertThat(frozen(THICKNESS).centre()).isCloseTo(10.05, ROUNDING);
    }

    @Test
    void sigmaIsTheMeanMovingRangeOverD2() {
        FrozenLimits limits = frozen(THICKNESS);

        assertThat(limits.processSigma()).isCloseTo(SIGMA, ROUNDING).isCloseTo(0.256626, within(1e-6));
        assertThat(limits.sigma()).isEqualTo(limits.processSigma());
        assertThat(limits.sigmaEstimate()).isEqualTo(SigmaEstimate.MEAN_MOVING_RANGE_OVER_D2);
    }

    @Test
    void theControlLimitsLieThreeSigmaEitherSideOfTheCentre() {
        FrozenLimits limits = frozen(THICKNESS);

        assertThat(limits.upperControlLimit())
                .isCloseTo(10.05 + 3 * SIGMA, ROUNDING)
                .isCloseTo(10.819877, within(1e-6));
        assertThat(limits.lowerControlLimit())
                .isCloseTo(10.05 - 3 * SIGMA, ROUNDING)
                .isCloseTo(9.280123, within(1e-6));
        assertThat(limits.zones().upperControlLimit()).isCloseTo(limits.upperControlLimit(), ROUNDING);
    }

    @Test
    void theMovingRangeChartRunsFromZeroToD4TimesTheMeanMovingRange() {
        DispersionChart movingRange = frozen(THICKNESS).dispersion();

        assertThat(movingRange.statistic()).isEqualTo(DispersionChart.Statistic.MOVING_RANGE);
        assertThat(movingRange.centre()).isCloseTo(MR_BAR, ROUNDING);
        assertThat(movingRange.lowerControlLimit()).isZero();
        assertThat(movingRange.upperControlLimit())
                .isCloseTo(3.267 * MR_BAR, ROUNDING)
                .isCloseTo(0.945711, within(1e-6));
    }

    @Test
    void theLimitsRecordHowTheyWereComputed() {
        FrozenLimits limits = frozen(THICKNESS);

        assertThat(limits.chartType()).isEqualTo(ChartType.INDIVIDUALS_MOVING_RANGE);
        assertThat(limits.baselineSize()).isEqualTo(20);
        assertThat(limits.subgroupSize()).isEqualTo(1);
        assertThat(limits.derivation())
                .isEqualTo("I-MR from the first 20 points: centre = mean = 10.05; MR-bar = 0.289474 (mean of 19"
                        + " moving ranges); sigma = MR-bar / d2 = 0.289474 / 1.128 = 0.256626; limits = centre +/- 3"
                        + " sigma = 9.28012 .. 10.8199; moving range chart: 0 .. D4 * MR-bar = 3.267 * 0.289474 ="
                        + " 0.945711");
    }

    @Test
    void pointsAfterTheBaselineDoNotMoveTheLimits() {
        List<Double> longer = new ArrayList<>(THICKNESS);
        longer.addAll(List.of(14.0, 3.0, 25.0));

        assertThat(frozen(longer)).isEqualTo(frozen(THICKNESS));
    }
}
