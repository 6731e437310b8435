package lab.spectra.desktop.samples;

import lab.spectra.desktop.ui.FieldRule;

/**
 * The fields of the samples screen's forms and what each must hold. Lengths and words are those
 * of the shared commands ({@code CreateSample}, {@code EditSample},
 * {@code DeleteSample}, {@code CreateMaterial}, {@code RecordCustodyEvent}), which still decide;
 * these let the form say it while the person types ({@code FormRulesSpeakForTheSharedCommandsTest}
 * keeps them in step).
 */
public final class SampleForms {

    // New sample (CreateSample)
    public static final FieldRule<String> NAME = FieldRule.requiredText("Sample name", 200);
    public static final FieldRule<String> BARCODE = FieldRule.requiredText("Barcode", 64);
    public static final FieldRule<String> LOCATION = FieldRule.optionalText("Location", 200);
    public static final FieldRule<String> NOTES = FieldRule.optionalText("Notes", 4000);

    // Edit sample (EditSample): name, barcode, location and notes as above, and the reason
    public static final FieldRule<String> EDIT_REASON = FieldRule.optionalText("The reason for the change", 2000);

    // Delete sample… (DeleteSample)
    public static final FieldRule<String> DELETION_REASON = FieldRule.requiredText("The reason for deleting", 2000);

    // New material… (CreateMaterial)
    public static final FieldRule<String> MATERIAL_NAME = FieldRule.requiredText("Material name", 200);
    public static final FieldRule<String> FORMULA = FieldRule.optionalText("Formula", 200);
    public static final FieldRule<String> DESCRIPTION = FieldRule.optionalText("Description", 4000);

    // Record a hand-over (RecordCustodyEvent)
    public static final FieldRule<String> HANDED_FROM = FieldRule.requiredText("From", 200);
    public static final FieldRule<String> HANDED_TO = FieldRule.requiredText("To", 200);
    public static final FieldRule<String> NEW_LOCATION = FieldRule.optionalText("Location", 200);
    public static final FieldRule<String> REASON = FieldRule.optionalText("Reason", 1000);

    private SampleForms() {}
}
