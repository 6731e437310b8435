package lab.spectra.server.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.server.db.Database;

/**
 * File content in the server's own database ({@code stored_file_parts}, under row-level security),
 * written in the very transaction that records the file: nothing else to run, and nothing to undo
 * by hand. Content is kept in parts of at most one upload chunk, so no value is larger than one
 * request and a download holds one part in memory at a time.
 */
public final class DatabaseContentStore implements FileContentStore {

    /** The size of the parts a whole file (made by the server itself) is cut into. */
    static final int WHOLE_PART_BYTES = 4 * 1024 * 1024;

    private final Database database;

    public DatabaseContentStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public void store(
            Connection transaction, UUID organizationId, String contentSha256, long sizeBytes, FileContent content)
            throws SQLException, IOException {
        if (content instanceof FileContent.UploadedParts parts) {
            copyUploadedParts(transaction, contentSha256, parts);
        } else if (content instanceof FileContent.WholeBytes whole) {
            insertInParts(transaction, organizationId, contentSha256, whole);
        }
    }

    /** The upload's parts become the file's parts without leaving the database. */
    private static void copyUploadedParts(Connection transaction, String contentSha256, FileContent.UploadedParts parts)
            throws SQLException {
        try (PreparedStatement copy = transaction.prepareStatement("INSERT INTO stored_file_parts (organization_id,"
                + " content_sha256, part_number, content) SELECT organization_id, ?, part_number, content"
                + " FROM file_upload_parts WHERE upload_id = ?")) {
            copy.setString(1, contentSha256);
            copy.setObject(2, parts.uploadId());
            copy.executeUpdate();
        }
    }

    private static void insertInParts(
            Connection transaction, UUID organizationId, String contentSha256, FileContent.WholeBytes whole)
            throws SQLException, IOException {
        try (InputStream in = whole.open(transaction);
                PreparedStatement part = transaction.prepareStatement("INSERT INTO stored_file_parts"
                        + " (organization_id, content_sha256, part_number, content) VALUES (?, ?, ?, ?)")) {
            int number = 0;
            byte[] bytes = in.readNBytes(WHOLE_PART_BYTES);
            while (bytes.length > 0) {
                part.setObject(1, organizationId);
                part.setString(2, contentSha256);
                part.setInt(3, number++);
                part.setBytes(4, bytes);
                part.executeUpdate();
                bytes = in.readNBytes(WHOLE_PART_BYTES);
            }
        }
    }

    /** The number of parts a whole file of this size is kept in. */
    static int partsOfWhole(long sizeBytes) {
        return (int) ((sizeBytes + WHOLE_PART_BYTES - 1) / WHOLE_PART_BYTES);
    }

    @Override
    public boolean holds(UUID organizationId, String contentSha256) {
        return database.inTenant(organizationId, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT s.part_count, (SELECT count(*) FROM"
                    + " stored_file_parts p WHERE p.organization_id = s.organization_id AND p.content_sha256 ="
                    + " s.content_sha256) FROM stored_files s WHERE s.organization_id = ? AND s.content_sha256 = ?")) {
                select.setObject(1, organizationId);
                select.setString(2, contentSha256);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() && row.getLong(1) == row.getLong(2);
                }
            }
        });
    }

    @Override
    public void copyTo(UUID organizationId, FileUploads.StoredFile file, OutputStream out) throws IOException {
        for (int part = 0; part < file.partCount(); part++) {
            int number = part;
            // A transaction per part: a slow reader never holds a connection for the whole file.
            byte[] bytes = database.inTenant(organizationId, connection -> {
                try (PreparedStatement select = connection.prepareStatement("SELECT content FROM stored_file_parts"
                        + " WHERE organization_id = ? AND content_sha256 = ? AND part_number = ?")) {
                    select.setObject(1, organizationId);
                    select.setString(2, file.contentSha256());
                    select.setInt(3, number);
                    try (ResultSet row = select.executeQuery()) {
                        if (!row.next()) {
                            throw new IllegalStateException(
                                    "Part " + number + " of " + file.contentSha256() + " is missing");
                        }
                        return row.getBytes(1);
                    }
                }
            });
            out.write(bytes);
        }
    }

    @Override
    public void discard(UUID organizationId, String contentSha256) {
        // Written in the failed transaction, so rolled back with it.
    }
}
