package lab.spectra.model.instrument;

/** What an instrument measures with; a recipe is written for one kind. */
public enum InstrumentKind {
    SMU("Source-measure unit"),
    SPECTROMETER("Spectrometer"),
    ELLIPSOMETER("Ellipsometer"),
    XRD("X-ray diffractometer"),
    SEM("Scanning electron microscope"),
    AFM("Atomic force microscope"),
    PROFILOMETER("Profilometer"),
    FOUR_POINT_PROBE("Four-point probe"),
    HALL("Hall effect system"),
    OTHER("Other");

    private final String displayName;

    InstrumentKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
