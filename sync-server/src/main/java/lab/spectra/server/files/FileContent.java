package lab.spectra.server.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;

/**
 * The bytes of a file about to be stored, already checked against its SHA-256: the parts of a
 * finished upload, still in the database, or a whole file the server made itself (demo data).
 */
public sealed interface FileContent {

    /**
     * The bytes in order, read through the transaction that stores the file. Each call starts
     * afresh, so a store may read them twice (to retry a request).
     */
    InputStream open(Connection transaction);

    /** The parts of an upload ({@code file_upload_parts}), read one part at a time. */
    record UploadedParts(UUID uploadId, int partCount) implements FileContent {

        public UploadedParts {
            Objects.requireNonNull(uploadId, "uploadId");
        }

        @Override
        public InputStream open(Connection transaction) {
            return new PartsInputStream(transaction, uploadId, partCount);
        }
    }

    /** A file held whole in memory. */
    record WholeBytes(byte[] bytes) implements FileContent {

        public WholeBytes {
            Objects.requireNonNull(bytes, "bytes");
        }

        @Override
        public InputStream open(Connection transaction) {
            return new ByteArrayInputStream(bytes);
        }
    }

    /** Streams an upload's parts from the database; only one part is in memory at a time. */
    final class PartsInputStream extends InputStream {

        private final Connection connection;
        private final UUID uploadId;
        private final int partCount;
        private int nextPart;
        private InputStream current = InputStream.nullInputStream();

        PartsInputStream(Connection connection, UUID uploadId, int partCount) {
            this.connection = connection;
            this.uploadId = uploadId;
            this.partCount = partCount;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int read = read(one, 0, 1);
            return read < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (true) {
                int read = current.read(buffer, offset, length);
                if (read > 0) {
                    return read;
                }
                if (nextPart >= partCount) {
                    return -1;
                }
                current = new ByteArrayInputStream(part(nextPart++));
            }
        }

        private byte[] part(int number) throws IOException {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT content FROM file_upload_parts WHERE upload_id = ? AND part_number = ?")) {
                select.setObject(1, uploadId);
                select.setInt(2, number);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new IOException("Part " + number + " of upload " + uploadId + " is missing");
                    }
                    return row.getBytes(1);
                }
            } catch (SQLException e) {
                throw new IOException("Cannot read part " + number + " of upload " + uploadId, e);
            }
        }
    }
}
