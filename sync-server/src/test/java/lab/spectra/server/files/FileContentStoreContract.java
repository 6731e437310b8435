package lab.spectra.server.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;
import lab.spectra.model.auth.Role;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.UserAccount;
import lab.spectra.server.db.Database;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every place that keeps file content must do (ADR 0020), run against each store through
 * the uploads that fill it, on the real PostgreSQL database: content comes back byte for byte,
 * content nobody stored is absent, another organization's hash is absent even with the same bytes,
 * a refused or failed upload leaves neither a row nor content, a large file crosses many parts,
 * and the same content stored twice is kept once.
 */
abstract class FileContentStoreContract {

    private static final long NO_LIMIT = Long.MAX_VALUE;

    private final ServerLab lab = new ServerLab(DemoServer.get().postgres);
    private final Clock clock = Clock.systemUTC();
    private FileContentStore store;
    private FileUploads files;
    private UserAccount first;
    private UserAccount second;

    /** The store under test, on this database. */
    abstract FileContentStore store(Database database);

    @BeforeEach
    void twoLabs() {
        store = store(lab.database);
        files = new FileUploads(lab.database, clock, store);
        first = technician("store-a");
        second = technician("store-b");
    }

    @AfterEach
    void close() throws Exception {
        if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
        lab.close();
    }

    @Test
    void aStoredFileReadsBackByteForByte() throws IOException {
        byte[] file = Uploads.randomFile(70_000, 1);

        String sha = uploadInParts(first, file, 30_000);

        assertThat(store.holds(first.organizationId(), sha)).isTrue();
        assertThat(read(first, sha)).isEqualTo(file);
    }

    @Test
    void contentNobodyStoredIsAbsent() {
        String sha = Uploads.sha256(Uploads.randomFile(100, 2));

        assertThat(store.holds(first.organizationId(), sha)).isFalse();
        assertThat(files.find(first.organizationId(), sha)).isEmpty();
    }

    @Test
    void anotherLabsHashIsAbsentEvenWhenItHoldsTheSameBytes() throws IOException {
        byte[] file = Uploads.randomFile(5_000, 3);
        String sha = uploadInParts(first, file, 5_000);

        assertThat(store.holds(second.organizationId(), sha)).isFalse();
        assertThat(files.find(second.organizationId(), sha)).isEmpty();

        uploadInParts(second, file, 2_000);
        assertThat(store.holds(second.organizationId(), sha))
                .as("the same bytes in a second lab are a second copy of its own")
                .isTrue();
        assertThat(read(second, sha)).isEqualTo(file);
        assertThat(read(first, sha)).isEqualTo(file);
    }

    @Test
    void bytesThatHashOtherwiseLeaveNeitherRowNorContent() {
        byte[] announced = Uploads.randomFile(9_000, 4);
        byte[] sent = Uploads.randomFile(9_000, 5);
        String sha = Uploads.sha256(announced);
        UUID upload = started(first, sha, sent.length);
        files.append(first, upload, 0, sent);

        FileUploads.Outcome outcome = files.complete(first, upload);

        assertThat(outcome).isInstanceOfSatisfying(FileUploads.Refused.class, refused -> assertThat(refused.reason())
                .isEqualTo(FileUploads.Reason.HASH_MISMATCH));
        assertThat(files.find(first.organizationId(), sha)).isEmpty();
        assertThat(store.holds(first.organizationId(), sha)).isFalse();
        assertThat(files.status(first, upload)).isInstanceOf(FileUploads.NotFound.class);
    }

    @Test
    void aFailureWhileKeepingTheContentLeavesNeitherRowNorContentAndKeepsTheUpload() throws IOException {
        byte[] file = Uploads.randomFile(12_000, 6);
        String sha = Uploads.sha256(file);
        UUID upload = started(first, sha, file.length);
        files.append(first, upload, 0, file);
        FileUploads failing = new FileUploads(lab.database, clock, new FailsAfterWriting(store));

        FileUploads.Outcome outcome = failing.complete(first, upload);

        assertThat(outcome).isInstanceOfSatisfying(FileUploads.Refused.class, refused -> assertThat(refused.reason())
                .isEqualTo(FileUploads.Reason.STORE_UNAVAILABLE));
        assertThat(files.find(first.organizationId(), sha)).isEmpty();
        assertThat(store.holds(first.organizationId(), sha)).isFalse();
        assertThat(files.complete(first, upload))
                .as("the upload is kept, to complete again once the store is back")
                .isInstanceOf(FileUploads.Accepted.class);
        assertThat(read(first, sha)).isEqualTo(file);
    }

    @Test
    void aLargeFileCrossesManyPartsAndReadsBackWhole() throws IOException {
        // Larger than one piece of a multipart upload to a bucket (8 MiB), in parts of 1 MiB.
        byte[] file = Uploads.randomFile(17 * 1024 * 1024 + 12_345, 7);

        String sha = uploadInParts(first, file, 1024 * 1024);

        assertThat(files.find(first.organizationId(), sha).orElseThrow().sizeBytes())
                .isEqualTo(file.length);
        assertThat(read(first, sha)).isEqualTo(file);
    }

    @Test
    void theSameContentStoredAgainIsKeptOnce() throws IOException {
        byte[] file = Uploads.randomFile(3_000, 8);
        String sha = uploadInParts(first, file, 1_000);

        FileUploads.Outcome again = files.start(first, sha, file.length, NO_LIMIT);
        String whole = files.storeWhole(first.organizationId(), first.id(), file);

        assertThat(again).isInstanceOfSatisfying(FileUploads.Accepted.class, accepted -> assertThat(
                        accepted.state().stored())
                .isTrue());
        assertThat(whole).isEqualTo(sha);
        assertThat(storedRows(first, sha)).isEqualTo(1);
        assertThat(read(first, sha)).isEqualTo(file);
    }

    @Test
    void aFileTheServerMakesIsStoredWholeAndReadsBack() throws IOException {
        byte[] file = Uploads.randomFile(9 * 1024 * 1024, 9);

        String sha = files.storeWhole(first.organizationId(), first.id(), file);

        assertThat(store.holds(first.organizationId(), sha)).isTrue();
        assertThat(read(first, sha)).isEqualTo(file);
    }

    private String uploadInParts(UserAccount user, byte[] file, int partBytes) {
        String sha = Uploads.sha256(file);
        UUID upload = started(user, sha, file.length);
        for (int offset = 0; offset < file.length; offset += partBytes) {
            byte[] part = Uploads.slice(file, offset, Math.min(file.length, offset + partBytes));
            assertThat(files.append(user, upload, offset, part)).isInstanceOf(FileUploads.Accepted.class);
        }
        assertThat(files.complete(user, upload))
                .isInstanceOfSatisfying(
                        FileUploads.Accepted.class,
                        accepted -> assertThat(accepted.state().stored()).isTrue());
        return sha;
    }

    private UUID started(UserAccount user, String sha, long size) {
        FileUploads.Outcome outcome = files.start(user, sha, size, NO_LIMIT);
        assertThat(outcome).isInstanceOf(FileUploads.Accepted.class);
        return ((FileUploads.Accepted) outcome).state().uploadId();
    }

    private byte[] read(UserAccount user, String sha) throws IOException {
        FileUploads.StoredFile file = files.find(user.organizationId(), sha).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.copyTo(user.organizationId(), file, out);
        return out.toByteArray();
    }

    private int storedRows(UserAccount user, String sha) {
        return lab.database.inTenant(user.organizationId(), connection -> {
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT count(*) FROM stored_files WHERE organization_id = ? AND content_sha256 = ?")) {
                count.setObject(1, user.organizationId());
                count.setString(2, sha);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            }
        });
    }

    private UserAccount technician(String name) {
        String slug = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        Organization organization = lab.provisioning.createOrganization(slug, slug + " lab", null);
        return lab.provisioning.createUser(
                organization.id(), "tech@" + slug + ".test", "Technician", Role.TECHNICIAN, "not-a-real-hash", null);
    }

    /** A store whose writes succeed but whose transaction then fails, as a lost connection would. */
    private static final class FailsAfterWriting implements FileContentStore {

        private final FileContentStore real;

        FailsAfterWriting(FileContentStore real) {
            this.real = real;
        }

        @Override
        public String name() {
            return real.name();
        }

        @Override
        public void store(
                Connection transaction, UUID organizationId, String contentSha256, long sizeBytes, FileContent content)
                throws SQLException, IOException {
            real.store(transaction, organizationId, contentSha256, sizeBytes, content);
            throw new IOException("The connection to the store was lost after writing");
        }

        @Override
        public boolean holds(UUID organizationId, String contentSha256) {
            return real.holds(organizationId, contentSha256);
        }

        @Override
        public void copyTo(UUID organizationId, FileUploads.StoredFile file, OutputStream out) throws IOException {
            real.copyTo(organizationId, file, out);
        }

        @Override
        public void discard(UUID organizationId, String contentSha256) {
            real.discard(organizationId, contentSha256);
        }
    }
}
