package lab.spectra.model.instrument;

/**
 * What happened to an instrument, as a marker on its timeline (and on SPC charts). Calibrations
 * keep their own table; the others are {@link InstrumentEvent} rows.
 */
public enum InstrumentEventKind {
    CALIBRATION,
    MAINTENANCE,
    REQUALIFICATION,
    RELOCATION,
    STATUS
}
