package lab.spectra.desktop.ui;

/** The colours a person chose for the app on this PC. */
public enum Appearance {
    LIGHT("Light"),
    DARK("Dark"),
    /** The operating system's light or dark setting, where the app can read it (light otherwise). */
    SYSTEM("Same as the system");

    private final String label;

    Appearance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the app is drawn dark, given what the system prefers. */
    public boolean dark(boolean systemPrefersDark) {
        return this == DARK || (this == SYSTEM && systemPrefersDark);
    }
}
