package lab.spectra.server.files;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Where the content of stored files is kept (ADR 0020): the server's database by default, or an
 * S3-compatible bucket. Only the bytes: which files an organization has is decided by its
 * {@code stored_files} rows, under row-level security, so a store is always asked about a file the
 * organization is known to hold (or about to hold). Content is kept per organization, never shared
 * between two, even for the same bytes.
 */
public interface FileContentStore {

    /** How the configuration names this store, for logs and errors. */
    String name();

    /**
     * Keeps the content of a file whose {@code stored_files} row was just inserted in {@code
     * transaction}. The content hashes to {@code contentSha256} (checked before). If this call, or
     * anything after it in the transaction, fails, the caller rolls the transaction back and calls
     * {@link #discard}.
     */
    void store(Connection transaction, UUID organizationId, String contentSha256, long sizeBytes, FileContent content)
            throws SQLException, IOException;

    /** Whether the organization's content with this hash is kept here. */
    boolean holds(UUID organizationId, String contentSha256);

    /** Writes a stored file's bytes to {@code out}, streamed, never whole in memory. */
    void copyTo(UUID organizationId, FileUploads.StoredFile file, OutputStream out) throws IOException;

    /**
     * Forgets content stored by {@link #store} whose transaction then failed, so that no content is
     * kept without its row. A store inside the database has nothing to do: the rollback took it.
     */
    void discard(UUID organizationId, String contentSha256);
}
