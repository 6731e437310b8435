package lab.spectra.model.recipe;

/** What a recipe parameter holds, which decides the field a form shows and how it is checked. */
public enum ParameterType {
    /** A decimal number, e.g. a voltage. */
    NUMBER,
    /** A whole number, e.g. a count of averages. */
    INTEGER,
    /** One of a few named options, e.g. a fit model. */
    CHOICE,
    /** Free text. */
    TEXT
}
