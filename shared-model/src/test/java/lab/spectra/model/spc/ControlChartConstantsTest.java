package lab.spectra.model.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The printed table is copied by hand, so it is checked against the relations the textbooks derive
 * its columns from: a typo in one number breaks one of them.
 */
class ControlChartConstantsTest {

    /** The table prints three or four decimals; derived columns may differ from the formula in the last one. */
    private static final double PRINTED = 0.003;

    @Test
    void theTableCoversSubgroupsOfTwoToTen() {
        assertThat(ControlChartConstants.table())
                .extracting(ControlChartConstants::subgroupSize)
                .containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(ControlChartConstants.forSubgroupSize(1)).isEmpty();
        assertThat(ControlChartConstants.forSubgroupSize(11)).isEmpty();
        assertThat(ControlChartConstants.forSubgroupSize(5).orElseThrow().xBarA2())
                .isEqualTo(0.577);
    }

    @Test
    void c4IsTheMeanOfTheSampleStandardDeviationOverSigma() {
        for (ControlChartConstants row : ControlChartConstants.table()) {
            int n = row.subgroupSize();
            double c4 = Math.sqrt(2.0 / (n - 1)) * gammaOfHalf(n) / gammaOfHalf(n - 1);
            assertThat(row.c4()).as("c4 for n = %d", n).isCloseTo(c4, within(0.00005));
        }
    }

    @Test
    void theXBarFactorsAreThreeOverTheSigmaFactorTimesRootN() {
        for (ControlChartConstants row : ControlChartConstants.table()) {
            double rootN = Math.sqrt(row.subgroupSize());
            assertThat(row.xBarA2())
                    .as("A2 for n = %d", row.subgroupSize())
                    .isCloseTo(3 / (row.d2() * rootN), within(PRINTED));
            assertThat(row.xBarA3())
                    .as("A3 for n = %d", row.subgroupSize())
                    .isCloseTo(3 / (row.c4() * rootN), within(PRINTED));
        }
    }

    @Test
    void theRangeChartFactorsAreOnePlusOrMinusThreeD3OverD2() {
        for (ControlChartConstants row : ControlChartConstants.table()) {
            double spread = 3 * row.d3() / row.d2();
            assertThat(row.rangeChartD3())
                    .as("D3 for n = %d", row.subgroupSize())
                    .isCloseTo(Math.max(0, 1 - spread), within(PRINTED));
            assertThat(row.rangeChartD4())
                    .as("D4 for n = %d", row.subgroupSize())
                    .isCloseTo(1 + spread, within(PRINTED));
        }
    }

    @Test
    void theSChartFactorsAreOnePlusOrMinusThreeTimesTheRelativeSpreadOfS() {
        for (ControlChartConstants row : ControlChartConstants.table()) {
            double spread = 3 * Math.sqrt(1 - row.c4() * row.c4()) / row.c4();
            assertThat(row.sChartB3())
                    .as("B3 for n = %d", row.subgroupSize())
                    .isCloseTo(Math.max(0, 1 - spread), within(PRINTED));
            assertThat(row.sChartB4()).as("B4 for n = %d", row.subgroupSize()).isCloseTo(1 + spread, within(PRINTED));
        }
    }

    /** Gamma(k / 2), from Gamma(1/2) = sqrt(pi), Gamma(1) = 1 and Gamma(x + 1) = x Gamma(x). */
    private static double gammaOfHalf(int k) {
        double value = k % 2 == 0 ? 1 : Math.sqrt(Math.PI);
        for (int twice = k % 2 == 0 ? 2 : 1; twice < k; twice += 2) {
            value *= twice / 2.0;
        }
        return value;
    }
}
