package lab.spectra.model.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Specification limits are set by people, apart from the control limits the process gives. */
class SpecificationLimitsTest {

    @Test
    void aValueOnALimitConformsAndOneBeyondDoesNot() {
        SpecificationLimits thickness = SpecificationLimits.between(9.5, 10.5);

        assertThat(thickness.conforms(9.5)).isTrue();
        assertThat(thickness.conforms(10.5)).isTrue();
        assertThat(thickness.conforms(10.51)).isFalse();
        assertThat(thickness.conforms(9.49)).isFalse();
    }

    @Test
    void aOneSidedSpecificationLeavesTheOtherSideOpen() {
        assertThat(SpecificationLimits.atMost(0.01).conforms(-1e9)).isTrue();
        assertThat(SpecificationLimits.atLeast(100).conforms(1e9)).isTrue();
        assertThat(SpecificationLimits.atLeast(100).conforms(99)).isFalse();
    }

    @Test
    void theLowerLimitMustBeBelowTheUpperOne() {
        assertThatThrownBy(() -> SpecificationLimits.between(10.5, 9.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The lower specification limit must be below the upper one");
    }

    @Test
    void aSpecificationNeedsAtLeastOneFiniteLimit() {
        assertThatThrownBy(() -> new SpecificationLimits(OptionalDouble.empty(), OptionalDouble.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpecificationLimits.atMost(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
