package lab.spectra.desktop.firstrun;

/** Which lab the app runs for itself when no lab server is configured. */
public enum LocalLab {
    /** The demo labs with their published accounts: for trying the app out, never for records. */
    DEMO,
    /** This lab's own records, kept on this PC (single-PC mode): no demo accounts. */
    LAB
}
