package lab.spectra.server.config;

import java.util.Locale;

/**
 * {@code dev}: embedded H2 in the user's data directory, a generated signing secret, demo data on
 * request - starts with one command. {@code single-pc}: a real lab on one PC - H2 in the lab's
 * data directory, asymmetric keys, never the demo accounts, backups by command. {@code prod}:
 * PostgreSQL, real keys, and refusal to start on unsafe settings.
 */
public enum Mode {
    DEV,
    SINGLE_PC,
    PROD;

    /** How {@code SPECTRA_MODE} spells it: {@code dev}, {@code single-pc}, {@code prod}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the server keeps its data in an H2 file it migrates itself, as one PC does. */
    public boolean embedded() {
        return this != PROD;
    }
}
