package lab.spectra.model.jdbc;

/** An update found the row at another version than the one it was computed from. */
public class StaleRowException extends RuntimeException {

    public StaleRowException(String table, Object id, long expectedVersion) {
        super("Row " + id + " of " + table + " is no longer at version " + expectedVersion);
    }
}
