package lab.spectra.desktop.ui;

import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * Marks the fields of one form with ControlsFX's {@link ValidationSupport}: a required field
 * carries a small marker from the start; once something was typed into the form, a field whose
 * rule refuses its value is outlined (style class {@value #INVALID}) and an icon's tooltip says
 * what to fix. The rules ({@link FieldRule}) are the checks of the view model or the shared
 * command, so the form never says anything the bench would not. The send button stays usable:
 * pressing it shows the refusal in the screen's message line, as before.
 */
public final class FormValidation {

    /** The style class of a field whose value a rule refuses. */
    public static final String INVALID = "invalid";

    private final ValidationSupport support = new ValidationSupport();

    public FormValidation() {
        support.setValidationDecorator(new CompoundValidationDecoration(
                new GraphicValidationDecoration(), new StyleClassValidationDecoration(INVALID, "field-warning")));
    }

    /** A field the form cannot be sent without. */
    public <T> FormValidation required(Control field, FieldRule<T> rule) {
        return register(field, true, rule);
    }

    /** A field that may stay empty, but not hold something wrong. */
    public <T> FormValidation optional(Control field, FieldRule<T> rule) {
        return register(field, false, rule);
    }

    /** Checks {@code field} again whenever {@code other} changes: for a rule that compares two fields. */
    public FormValidation recheckWhen(Observable other, Control field) {
        other.addListener(changed -> support.revalidate(field));
        return this;
    }

    /** What the form currently says about a field, if anything. */
    public Optional<String> problemOf(Control field) {
        return support.getHighestMessage(field).map(ValidationMessage::getText);
    }

    /** Whether any field's rule refuses its value. */
    public ReadOnlyBooleanProperty invalid() {
        return support.invalidProperty();
    }

    private <T> FormValidation register(Control field, boolean required, FieldRule<T> rule) {
        support.registerValidator(field, required, (Control control, T value) -> rule.problemWith(value)
                .map(problem -> ValidationResult.fromError(control, problem))
                .orElseGet(ValidationResult::new));
        return this;
    }
}
