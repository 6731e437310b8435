package lab.spectra.server.db;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with a connection inside a transaction the caller does not manage. */
@FunctionalInterface
public interface TransactionWork<T> {

    T run(Connection connection) throws SQLException;
}
