package lab.spectra.desktop.store;

import java.sql.SQLException;

/** One read of the local copy, given its rows. */
@FunctionalInterface
public interface LocalQuery<T> {

    T run(LocalRows rows) throws SQLException;
}
