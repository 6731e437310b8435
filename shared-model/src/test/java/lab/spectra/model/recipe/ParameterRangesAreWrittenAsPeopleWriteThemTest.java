package lab.spectra.model.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.json.JsonObjects;
import org.junit.jupiter.api.Test;

class ParameterRangesAreWrittenAsPeopleWriteThemTest {

    @Test
    void aTinyBoundIsWrittenWithAnExponentAndADecimalOneAsItIs() {
        assertThat(RecipeParameterSchema.problems(
                        InstrumentKind.SMU,
                        JsonObjects.empty().put("compliance_a", 20).put("step_v", 0.0),
                        false))
                .containsExactly(
                        "Step (V) must be from 0.000001 to 100", "Current compliance (A) must be from 1e-12 to 10");
    }
}
