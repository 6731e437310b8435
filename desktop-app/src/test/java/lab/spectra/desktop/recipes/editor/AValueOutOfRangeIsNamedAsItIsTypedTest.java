package lab.spectra.desktop.recipes.editor;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.json.JsonObjects;
import org.junit.jupiter.api.Test;

class AValueOutOfRangeIsNamedAsItIsTypedTest {

    private final ParameterEditorViewModel editor = new ParameterEditorViewModel();

    @Test
    void aStepAboveTheRangeIsShownBesideTheFieldAndInTheListThenGoesWhenCorrected() {
        editor.load(InstrumentKind.SMU, JsonObjects.empty());
        ParameterField step = field("step_v");

        step.text().set("200");

        // The sentence is the shared check's, the one the server gives.
        assertThat(step.problem().get()).startsWith("Step (V) must be from ").endsWith(" to 100");
        assertThat(editor.problems()).containsExactly(step.problem().get());

        step.text().set("0.1");

        assertThat(step.problem().get()).isEmpty();
        assertThat(editor.problems()).isEmpty();
    }

    @Test
    void textInANumberFieldIsNamedAsNotANumber() {
        editor.load(InstrumentKind.SMU, JsonObjects.empty());

        field("compliance_a").text().set("lots");

        assertThat(editor.problems()).containsExactly("Current compliance (A) must be a number");
    }

    @Test
    void aDraftMayLackRequiredParametersButASubmissionIsToldWhichAreMissing() {
        editor.load(InstrumentKind.XRD, JsonObjects.empty().put("two_theta_start", 20));

        assertThat(editor.problems()).isEmpty();
        assertThat(editor.problemsForSubmission()).containsExactly("2θ end (°) is required", "Step (°) is required");
    }

    private ParameterField field(String key) {
        return editor.fields().stream()
                .filter(field -> field.spec().key().equals(key))
                .findFirst()
                .orElseThrow();
    }
}
