package lab.spectra.desktop.firstrun;

/** Founds a lab on this PC: its database, keys and first admin. Slow: off the JavaFX thread. */
@FunctionalInterface
public interface LabFounding {

    /** @throws RuntimeException whose message says what to change (e.g. a password too weak) */
    void found(LabSetup setup);
}
