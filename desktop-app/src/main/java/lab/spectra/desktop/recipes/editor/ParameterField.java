package lab.spectra.desktop.recipes.editor;

import com.fasterxml.jackson.databind.JsonNode;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import lab.spectra.model.recipe.ParameterSpec;
import lab.spectra.model.recipe.ParameterType;

/**
 * One typed field of the parameters editor: a parameter the instrument kind knows, the text typed
 * into it (or the choice picked), and what is wrong with it as typed, in words.
 */
public final class ParameterField {

    private final ParameterSpec spec;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringBinding problem;

    ParameterField(ParameterSpec spec) {
        this.spec = spec;
        this.problem = Bindings.createStringBinding(
                () -> value().flatMap(spec::problemWith).orElse(""), text);
    }

    public ParameterSpec spec() {
        return spec;
    }

    /** What the person typed, or the choice they picked; blank when the parameter is not set. */
    public StringProperty text() {
        return text;
    }

    /** The field's own problem ("Step (V) must be from 0.000001 to 100"), or empty. */
    public StringBinding problem() {
        return problem;
    }

    /** "Start voltage (V) *" for a required one: the form marks what a submission needs. */
    public String label() {
        return spec.labelWithUnit() + (spec.required() ? " *" : "");
    }

    /** The range or choices, as a prompt and a tooltip say it. */
    public String hint() {
        if (spec.type() == ParameterType.CHOICE) {
            return String.join(", ", spec.choices());
        }
        if (spec.min() == null && spec.max() == null) {
            return spec.type() == ParameterType.TEXT ? "text" : "a number";
        }
        return ParameterValues.bound(spec.min()) + " to " + ParameterValues.bound(spec.max())
                + (spec.unit().isEmpty() ? "" : " " + spec.unit());
    }

    /** The value as the recipe's JSON stores it; empty when the field is blank. */
    java.util.Optional<JsonNode> value() {
        return ParameterValues.typed(spec.type(), text.get());
    }
}
