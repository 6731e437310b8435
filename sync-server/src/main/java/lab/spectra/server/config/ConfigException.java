package lab.spectra.server.config;

/** The server cannot start with this configuration; the message says what to change. */
public class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }
}
