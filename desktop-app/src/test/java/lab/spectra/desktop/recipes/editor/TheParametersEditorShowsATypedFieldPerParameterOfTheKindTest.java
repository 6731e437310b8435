package lab.spectra.desktop.recipes.editor;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.recipe.ParameterType;
import org.junit.jupiter.api.Test;

class TheParametersEditorShowsATypedFieldPerParameterOfTheKindTest {

    private final ParameterEditorViewModel editor = new ParameterEditorViewModel();

    @Test
    void anSmuRecipeGetsTheSweepFieldsWithUnitsRangesAndRequiredMarks() {
        editor.load(InstrumentKind.SMU, JsonObjects.empty());

        assertThat(editor.fields())
                .extracting(field -> field.spec().key())
                .containsExactly("start_v", "stop_v", "step_v", "compliance_a", "nplc", "sweep_mode");
        ParameterField step = field("step_v");
        assertThat(step.label()).isEqualTo("Step (V) *");
        assertThat(step.hint()).isEqualTo("0.000001 to 100 V");
        assertThat(field("nplc").label()).isEqualTo("Integration (PLC)");
        ParameterField sweep = field("sweep_mode");
        assertThat(sweep.spec().type()).isEqualTo(ParameterType.CHOICE);
        assertThat(sweep.hint()).isEqualTo("linear, logarithmic, dual");
    }

    @Test
    void aSpectrometerRecipeGetsItsRangeAndIntegrationTime() {
        editor.load(InstrumentKind.SPECTROMETER, JsonObjects.empty());

        assertThat(editor.fields())
                .extracting(ParameterField::label)
                .containsExactly("Range start (nm) *", "Range end (nm) *", "Integration time (ms) *", "Averages");
    }

    @Test
    void aRecipesStoredValuesFillTheirFieldsAsTheyWereWritten() {
        editor.load(
                InstrumentKind.SMU,
                JsonObjects.empty().put("start_v", -1).put("step_v", 0.05).put("sweep_mode", "dual"));

        assertThat(editor.valueOf("start_v")).isEqualTo("-1");
        assertThat(editor.valueOf("step_v")).isEqualTo("0.05");
        assertThat(editor.valueOf("sweep_mode")).isEqualTo("dual");
        assertThat(editor.valueOf("stop_v")).isEmpty();
        assertThat(editor.freeParameters()).isEmpty();
    }

    private ParameterField field(String key) {
        return editor.fields().stream()
                .filter(field -> field.spec().key().equals(key))
                .findFirst()
                .orElseThrow();
    }
}
