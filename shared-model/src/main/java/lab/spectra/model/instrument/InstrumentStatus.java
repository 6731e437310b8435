package lab.spectra.model.instrument;

import java.util.Locale;

/**
 * Whether an instrument may be used. Only {@link #IN_SERVICE} may start runs; the others are holds
 * of the availability model (ADR 0022). Stored as the lower-case name, so values written before
 * {@link #UNDER_MAINTENANCE} existed read as before.
 */
public enum InstrumentStatus {
    IN_SERVICE,
    OUT_OF_SERVICE,
    RETIRED,
    UNDER_MAINTENANCE;

    /** In words, for sentences: "out of service". */
    public String inWords() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
