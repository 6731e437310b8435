package lab.spectra.desktop.store;

import java.nio.file.Path;

/**
 * How a workstation opens its encrypted local database: {@link LocalDatabase#open} in the app.
 * Tests that start hundreds of benches hand in one that copies an already migrated file first.
 */
@FunctionalInterface
public interface DatabaseOpener {

    DatabaseOpener STANDARD = LocalDatabase::open;

    /** Opens (creating and migrating if needed) the database kept in {@code directory}. */
    LocalDatabase open(Path directory, String databaseKey);
}
