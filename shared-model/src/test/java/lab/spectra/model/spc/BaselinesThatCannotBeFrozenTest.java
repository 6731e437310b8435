package lab.spectra.model.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A baseline limits cannot honestly come from is refused with the reason, never an exception. */
class BaselinesThatCannotBeFrozenTest {

    private static final List<Double> FLAT = Collections.nCopies(25, 4.2);
    private static final List<Double> THICKNESS = IndividualsMovingRangeLimitsTest.THICKNESS;

    @Test
    void aBaselineWithNoSpreadIsRefusedBecauseSigmaWouldBeZero() {
        assertThat(BaselineLimits.individualsMovingRange(FLAT, 20))
                .isEqualTo(new BaselineVerdict.Refused(
                        BaselineProblem.ZERO_SPREAD,
                        "The first 20 points are all 4.2: a baseline with no spread cannot be frozen"));
    }

    @Test
    void aFlatBaselineIsRefusedEvenWhenLaterPointsVary() {
        List<Double> flatThenVarying = new ArrayList<>(FLAT.subList(0, 20));
        flatThenVarying.addAll(THICKNESS);

        assertThat(BaselineLimits.individualsMovingRange(flatThenVarying, 20))
                .isInstanceOf(BaselineVerdict.Refused.class)
                .extracting(verdict -> ((BaselineVerdict.Refused) verdict).problem())
                .isEqualTo(BaselineProblem.ZERO_SPREAD);
    }

    @Test
    void subgroupsWithNoSpreadWithinThemAreRefusedForBothSubgroupCharts() {
        List<List<Double>> flatSubgroups = new ArrayList<>();
        for (int g = 0; g < 20; g++) {
            flatSubgroups.add(Collections.nCopies(5, 50.0 + g));
        }
        BaselineVerdict.Refused expected = new BaselineVerdict.Refused(
                BaselineProblem.ZERO_SPREAD,
                "Every subgroup of the first 20 holds one value repeated: a baseline with no spread within"
                        + " subgroups cannot be frozen");

        assertThat(BaselineLimits.xBarR(flatSubgroups, 20)).isEqualTo(expected);
        assertThat(BaselineLimits.xBarS(flatSubgroups, 20)).isEqualTo(expected);
    }

    @Test
    void fewerThanTwentyPointsAreRefused() {
        assertThat(BaselineLimits.individualsMovingRange(THICKNESS, 19))
                .isEqualTo(new BaselineVerdict.Refused(
                        BaselineProblem.BASELINE_TOO_SMALL, "A baseline needs at least 20 points; 19 were asked for"));
    }

    @Test
    void fewerThanTwentySubgroupsAreRefused() {
        assertThat(BaselineLimits.xBarR(XBarRLimitsTest.SUBGROUPS, 12))
                .isEqualTo(new BaselineVerdict.Refused(
                        BaselineProblem.BASELINE_TOO_SMALL,
                        "A baseline needs at least 20 subgroups; 12 were asked for"));
    }

    @Test
    void aSeriesShorterThanTheBaselineIsRefused() {
        assertThat(BaselineLimits.individualsMovingRange(THICKNESS.subList(0, 15), 20))
                .isEqualTo(new BaselineVerdict.Refused(
                        BaselineProblem.NOT_ENOUGH_POINTS,
                        "The series has 15 points; the baseline needs the first 20"));
    }

    @Test
    void aPointThatIsNotANumberIsRefusedWithItsPosition() {
        List<Double> withGap = new ArrayList<>(THICKNESS);
        withGap.set(6, Double.NaN);
        List<Double> withHole = new ArrayList<>(THICKNESS);
        withHole.set(2, null);

        assertThat(BaselineLimits.individualsMovingRange(withGap, 20))
                .isEqualTo(new BaselineVerdict.Refused(
                        BaselineProblem.NOT_A_NUMBER, "Point 7 of the baseline is not a number"));
        assertThat(BaselineLimits.individualsMovingRange(withHole, 20))
                .isEqualTo(new BaselineVerdict.Refused(
                        BaselineProblem.NOT_A_NUMBER, "Point 3 of the baseline is not a number"));
    }

    @Test
    void subgroupsOutsideTheConstantsTableAreRefused() {
        List<List<Double>> singles = Collections.nCopies(20, List.of(1.0));
        List<List<Double>> elevens = Collections.nCopies(20, Collections.nCopies(11, 1.0));

        assertThat(BaselineLimits.xBarR(singles, 20))
                .isEqualTo(new BaselineVerdict.Refused(
                        BaselineProblem.UNSUPPORTED_SUBGROUP_SIZE,
                        "Subgroups need 2 to 10 measurements; subgroup 1 has 1"));
        assertThat(BaselineLimits.xBarS(elevens, 20))
                .isEqualTo(new BaselineVerdict.Refused(
                        BaselineProblem.UNSUPPORTED_SUBGROUP_SIZE,
                        "Subgroups need 2 to 10 measurements; subgroup 1 has 11"));
    }

    @Test
    void subgroupsOfDifferentSizesAreRefused() {
        List<List<Double>> uneven = new ArrayList<>(XBarRLimitsTest.SUBGROUPS);
        uneven.set(6, List.of(50.0, 51.0, 52.0, 53.0));

        assertThat(BaselineLimits.xBarR(uneven, 20))
                .isEqualTo(new BaselineVerdict.Refused(
                        BaselineProblem.UNEQUAL_SUBGROUPS,
                        "All subgroups of a baseline need the same size: subgroup 1 has 5 measurements, subgroup 7"
                                + " has 4"));
    }

    @Test
    void aMeasurementThatIsNotANumberInASubgroupIsRefusedWithItsPosition() {
        List<List<Double>> withGap = new ArrayList<>(XBarSLimitsTest.SUBGROUPS);
        withGap.set(3, Arrays.asList(20.0, Double.POSITIVE_INFINITY, 21.0, 22.0));

        assertThat(BaselineLimits.xBarS(withGap, 20))
                .isEqualTo(new BaselineVerdict.Refused(
                        BaselineProblem.NOT_A_NUMBER, "Measurement 2 of subgroup 4 is not a number"));
    }

    @Test
    void aSpreadTooSmallToShowAtTheLevelOfTheValuesIsRefusedAsNoSpread() {
        // Nineteen points at 1e17 and one at the next double up (16 higher): the moving ranges
        // average 16 / 19, so 3 sigma is about 2.2, less than half the spacing of doubles there.
        List<Double> series = new ArrayList<>(Collections.nCopies(19, 1e17));
        series.add(Math.nextUp(1e17));

        assertThat(BaselineLimits.individualsMovingRange(series, 20))
                .extracting(verdict -> ((BaselineVerdict.Refused) verdict).problem())
                .isEqualTo(BaselineProblem.ZERO_SPREAD);
    }

    @Test
    void theProblemHasAStableWireCode() {
        assertThat(BaselineProblem.ZERO_SPREAD.code()).isEqualTo("zero_spread");
    }
}
