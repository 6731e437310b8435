package lab.spectra.server.files;

import lab.spectra.server.db.Database;
import lab.spectra.server.testing.S3MockServer;

/** The file store contract for content kept in a bucket of a real S3-API server (s3mock). */
class ContentInAnS3BucketKeepsTheFileStoreContractTest extends FileContentStoreContract {

    @Override
    FileContentStore store(Database database) {
        return S3ContentStore.connect(S3MockServer.get().bucket());
    }
}
