package lab.spectra.desktop.recipes.editor;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.json.JsonObjects;
import org.junit.jupiter.api.Test;

class FreeParametersAreKeptAndStoredAsNumbersWhenTheyAreTest {

    private final ParameterEditorViewModel editor = new ParameterEditorViewModel();

    @Test
    void keysTheKindDoesNotKnowAreFreeParametersAndComeBackAsWritten() {
        editor.load(InstrumentKind.SMU, JsonObjects.empty().put("start_v", 0).put("dwell_ms", 10));

        assertThat(editor.freeParameters()).singleElement().satisfies(free -> {
            assertThat(free.key().get()).isEqualTo("dwell_ms");
            assertThat(free.value().get()).isEqualTo("10");
        });
        assertThat(editor.parameters())
                .isEqualTo(JsonObjects.empty().put("start_v", 0).put("dwell_ms", 10));
    }

    @Test
    void typedNumbersAreStoredAsNumbersAndWordsAsText() {
        editor.load(InstrumentKind.SMU, JsonObjects.empty());
        FreeParameter settle = editor.addFreeParameter();
        settle.key().set("settle_s");
        settle.value().set("0.5");
        FreeParameter probe = editor.addFreeParameter();
        probe.key().set("probe");
        probe.value().set("tungsten");
        editor.fields().get(1).text().set("3");

        var stored = editor.parameters();

        assertThat(stored.get("stop_v").isIntegralNumber()).isTrue();
        assertThat(stored.get("stop_v").asLong()).isEqualTo(3);
        assertThat(stored.get("settle_s").isNumber()).isTrue();
        assertThat(stored.get("settle_s").asDouble()).isEqualTo(0.5);
        assertThat(stored.get("probe").isTextual()).isTrue();
    }

    @Test
    void aFreeParameterTwiceIsAProblem() {
        editor.load(InstrumentKind.OTHER, JsonObjects.empty());
        editor.addFreeParameter().key().set("gain");
        editor.addFreeParameter().key().set("gain");

        assertThat(editor.problems()).containsExactly("The parameter gain is there twice");
    }

    @Test
    void switchingTheKindKeepsTheValuesWhoseKeysTheNewKindKnowsAndTheFreeOnes() {
        editor.load(
                InstrumentKind.SPECTROMETER,
                JsonObjects.empty()
                        .put("wavelength_start_nm", 400)
                        .put("wavelength_stop_nm", 900)
                        .put("integration_time_ms", 100)
                        .put("lamp", "halogen"));

        editor.kind().set(InstrumentKind.ELLIPSOMETER);

        assertThat(editor.valueOf("wavelength_start_nm")).isEqualTo("400");
        assertThat(editor.valueOf("wavelength_stop_nm")).isEqualTo("900");
        assertThat(editor.parameters().has("integration_time_ms")).isFalse();
        assertThat(editor.freeParameters()).extracting(free -> free.key().get()).containsExactly("lamp");
    }
}
