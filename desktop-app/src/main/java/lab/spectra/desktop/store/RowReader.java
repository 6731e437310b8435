package lab.spectra.desktop.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Turns the current row of a result into a value (a row record with the names joined to it, say). */
@FunctionalInterface
public interface RowReader<T> {

    T read(ResultSet row) throws SQLException;
}
