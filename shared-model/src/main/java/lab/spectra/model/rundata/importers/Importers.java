package lab.spectra.model.rundata.importers;

import lab.spectra.model.rundata.Importer;

/** The importer for a format that needs no settings beyond the file itself. */
public final class Importers {

    private Importers() {}

    /**
     * The importer for {@code format}, reading everything it needs from the file.
     *
     * @throws IllegalArgumentException for {@link ImportFormat#GENERIC_CSV}, which needs a
     *     {@link ColumnMapping}: use {@code new GenericCsvImporter(mapping)}
     */
    public static Importer standard(ImportFormat format) {
        return switch (format) {
            case KEITHLEY_SWEEP_CSV -> new KeithleySweepCsvImporter();
            case OCEAN_SPECTRUM_TEXT -> new OceanSpectrumImporter();
            case WOOLLAM_PSI_DELTA_TEXT -> new WoollamPsiDeltaImporter();
            case XRD_XY -> new XrdXyImporter();
            case RIGAKU_RAS -> new RigakuRasImporter();
            case SEM_IMAGE -> SemImageImporter.fromFileOnly();
            case GENERIC_CSV ->
                throw new IllegalArgumentException(
                        "A generic CSV import needs a column mapping: which column is x, which are y");
        };
    }
}
