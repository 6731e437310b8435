package lab.spectra.model.jdbc;

import java.sql.SQLException;

/** A database operation failed for a reason no user input explains (connection lost, a bug). */
public class DataAccessException extends RuntimeException {

    public DataAccessException(String message, SQLException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }

    public SQLException sqlException() {
        return (SQLException) getCause();
    }

    /** The five-character SQL state, e.g. 23505 for a unique violation. */
    public String sqlState() {
        return sqlException().getSQLState();
    }
}
