package lab.spectra.desktop.runs;

import java.util.Optional;
import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.desktop.ui.FieldRule;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.sample.Sample;

/**
 * The fields of the runs screen's forms and what each must hold: the view model's own checks
 * (an unlocked instrument of the recipe's kind, a number for the value) and the lengths and words
 * of {@code RecordResult}, which still decides.
 */
public final class RunForms {

    // Start a run
    public static final FieldRule<Recipe> RECIPE = FieldRule.chosen("Choose an approved recipe");
    public static final FieldRule<Sample> SAMPLE = FieldRule.chosen("Choose a sample");

    // Record a result (RecordResult)
    static final String NOT_A_NUMBER = "The value must be a number, e.g. 5.431";
    public static final FieldRule<String> QUANTITY = FieldRule.requiredText("Quantity", 200);
    public static final FieldRule<String> UNIT = FieldRule.requiredText("Unit", 50);
    public static final FieldRule<String> VALUE =
            typed -> number(typed).isPresent() ? Optional.empty() : Optional.of(NOT_A_NUMBER);

    private RunForms() {}

    /** The instrument for a run of {@code recipe} (none chosen yet: any kind): chosen, not locked, of the recipe's kind. */
    public static FieldRule<InstrumentLockout> instrumentFor(Recipe recipe) {
        FieldRule<InstrumentLockout> chosen = FieldRule.chosen("Choose an instrument");
        return chosen.and(lockout -> {
            if (lockout.locked()) {
                return Optional.of(lockout.message() + ": runs cannot start on it");
            }
            Instrument instrument = lockout.instrument();
            if (recipe != null && instrument.kind() != recipe.instrumentKind()) {
                return Optional.of(recipe.name() + " is a recipe for "
                        + recipe.instrumentKind().displayName() + "; " + instrument.name() + " is "
                        + instrument.kind().displayName());
            }
            return Optional.empty();
        });
    }

    /** A measured value as typed (a decimal comma is fine); empty when it is not a finite number. */
    static Optional<Double> number(String typed) {
        try {
            double value = Double.parseDouble(typed == null ? "" : typed.strip().replace(',', '.'));
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
