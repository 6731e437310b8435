package lab.spectra.desktop.ui;

import java.util.Optional;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.Rejected;

/**
 * What one field of a form must hold, said in the words the bench uses when it refuses: the
 * view model's own check of the field or the shared command's. The form marks the field with it
 * as the person types ({@link FormValidation}); what is sent is still decided by the view model
 * and the command.
 *
 * @param <T> the field's value: text, or the thing chosen in a drop-down or date picker
 */
@FunctionalInterface
public interface FieldRule<T> {

    /** Empty when the value is acceptable; otherwise what to fix, as one sentence. */
    Optional<String> problemWith(T value);

    /** Text that must be given and fit: the shared commands' own check, so their words. */
    static FieldRule<String> requiredText(String label, int maxLength) {
        return value -> Checks.requiredText(label, value, maxLength).map(Rejected::message);
    }

    /** Text that may be left empty but must fit. */
    static FieldRule<String> optionalText(String label, int maxLength) {
        return value -> Checks.optionalText(label, value, maxLength).map(Rejected::message);
    }

    /** Something that must be chosen (a drop-down, a date). */
    static <T> FieldRule<T> chosen(String whenMissing) {
        return value -> value == null ? Optional.of(whenMissing) : Optional.empty();
    }

    /** Both rules, the first one's problem first. */
    default FieldRule<T> and(FieldRule<? super T> next) {
        return value -> {
            Optional<String> problem = problemWith(value);
            return problem.isPresent() ? problem : next.problemWith(value);
        };
    }
}
