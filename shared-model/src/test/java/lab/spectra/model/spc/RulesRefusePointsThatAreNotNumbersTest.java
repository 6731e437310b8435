package lab.spectra.model.spc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A series holds measured numbers; a missing or non-finite point is a programming error upstream,
 * not something to be silently skipped (skipping would shift every window after it).
 */
class RulesRefusePointsThatAreNotNumbersTest {

    @Test
    void aPointThatIsNotANumberIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> NelsonRules.evaluate(List.of(10.0, Double.NaN), ExampleChart.ZONES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Point 2 is not a finite number");
    }

    @Test
    void aMissingPointIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> NelsonRule.RULE_1.violations(Arrays.asList(null, 10.0), ExampleChart.ZONES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Point 1 is not a finite number");
    }
}
