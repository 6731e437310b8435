package lab.spectra.model.instrument;

import java.util.Locale;

/** What an instrument measures with; a recipe is written for one kind. */
public enum InstrumentKind {
    SMU("Source-measure unit", "a"),
    SPECTROMETER("Spectrometer", "a"),
    ELLIPSOMETER("Ellipsometer", "an"),
    XRD("X-ray diffractometer", "an"),
    SEM("Scanning electron microscope", "a"),
    AFM("Atomic force microscope", "an"),
    PROFILOMETER("Profilometer", "a"),
    FOUR_POINT_PROBE("Four-point probe", "a"),
    HALL("Hall effect system", "a"),
    OTHER("Other", "another instrument");

    private final String displayName;
    private final String article;

    InstrumentKind(String displayName, String article) {
        this.displayName = displayName;
        this.article = article;
    }

    /** For sentences: "an X-ray diffractometer". */
    public String withArticle() {
        return article.contains(" ")
                ? article
                : article + " "
                        + displayName
                                .toLowerCase(Locale.ROOT)
                                .replace("x-ray", "X-ray")
                                .replace("hall", "Hall");
    }

    public String displayName() {
        return displayName;
    }
}
