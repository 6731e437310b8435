package lab.spectra.desktop.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with a connection of the bench's local database, inside a transaction the caller does not manage. */
@FunctionalInterface
public interface LocalSqlWork<T> {

    T run(Connection connection) throws SQLException;
}
