package lab.spectra.model.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The number of consecutive points each rule looks at, as Nelson defined them. */
class EachRuleHasItsStandardWindowTest {

    @Test
    void theWindowsAreOneNineSixFourteenThreeFiveFifteenAndEight() {
        Map<Integer, Integer> windowByRule =
                Arrays.stream(NelsonRule.values()).collect(Collectors.toMap(NelsonRule::number, NelsonRule::window));

        assertThat(windowByRule).isEqualTo(Map.of(1, 1, 2, 9, 3, 6, 4, 14, 5, 3, 6, 5, 7, 15, 8, 8));
    }

    @Test
    void aRuleIsFoundByItsNumber() {
        assertThat(Arrays.stream(NelsonRule.values())
                        .collect(Collectors.toMap(NelsonRule::number, Function.identity())))
                .allSatisfy((number, rule) ->
                        assertThat(NelsonRule.numbered(number)).isEqualTo(rule));
        assertThatThrownBy(() -> NelsonRule.numbered(9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Nelson rules are numbered 1 to 8, not 9");
    }
}
