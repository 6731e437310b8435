package lab.spectra.server.files;

import lab.spectra.server.db.Database;

/** The file store contract for content kept in PostgreSQL beside the file's row (the default). */
class ContentInTheDatabaseKeepsTheFileStoreContractTest extends FileContentStoreContract {

    @Override
    FileContentStore store(Database database) {
        return new DatabaseContentStore(database);
    }
}
