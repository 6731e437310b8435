package lab.spectra.model.rundata.importers;

import lab.spectra.model.rundata.ParserId;

/** The export formats SPECTRA-Lab reads, each with the parser that reads it. */
public enum ImportFormat {
    KEITHLEY_SWEEP_CSV,
    OCEAN_SPECTRUM_TEXT,
    WOOLLAM_PSI_DELTA_TEXT,
    XRD_XY,
    RIGAKU_RAS,
    SEM_IMAGE,
    /** Any table, read by a {@link ColumnMapping}; never detected, always chosen. */
    GENERIC_CSV;

    public ParserId parser() {
        return switch (this) {
            case KEITHLEY_SWEEP_CSV -> KeithleySweepCsvImporter.ID;
            case OCEAN_SPECTRUM_TEXT -> OceanSpectrumImporter.ID;
            case WOOLLAM_PSI_DELTA_TEXT -> WoollamPsiDeltaImporter.ID;
            case XRD_XY -> XrdXyImporter.ID;
            case RIGAKU_RAS -> RigakuRasImporter.ID;
            case SEM_IMAGE -> SemImageImporter.ID;
            case GENERIC_CSV -> GenericCsvImporter.ID;
        };
    }
}
