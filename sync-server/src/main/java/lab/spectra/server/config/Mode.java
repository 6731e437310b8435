package lab.spectra.server.config;

/**
 * {@code dev}: embedded H2 in the user's data directory, a generated signing secret, demo data on
 * request - starts with one command. {@code prod}: PostgreSQL, real keys, and refusal to start on
 * unsafe settings.
 */
public enum Mode {
    DEV,
    PROD
}
