package lab.spectra.server.files;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import lab.spectra.model.id.Ids;
import lab.spectra.model.jdbc.SqlDialect;
import lab.spectra.model.org.UserAccount;
import lab.spectra.server.db.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files stored by their content, once per organization, and the resumable uploads that bring them
 * (ADR 0019). An upload announces the file's SHA-256 and size; its bytes then arrive in parts,
 * each at the offset the server has reached, so a cut connection resumes where it stopped; the
 * upload completes only when every byte is there and hashes to what was announced, and then the
 * file is stored in one transaction. A refused upload leaves nothing stored. Everything happens in
 * the organization's own rows (row-level security), so another organization's file answers as
 * absent, whether or not it holds the same bytes. The uploads and the stored files' rows are in
 * the database; the stored content is wherever the {@link FileContentStore} keeps it (the database
 * by default, or an S3 bucket: ADR 0020). Knows nothing of HTTP.
 */
public final class FileUploads {

    private static final Logger LOG = LoggerFactory.getLogger(FileUploads.class);

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final String UNIQUE_VIOLATION = "23505";

    /** Where an upload stands; {@code stored} once the file is kept (nothing more to send). */
    public record UploadState(
            UUID uploadId, String contentSha256, long sizeBytes, long receivedBytes, boolean stored) {}

    /** A stored file. */
    public record StoredFile(String contentSha256, long sizeBytes, int partCount) {}

    public sealed interface Outcome {}

    public record Accepted(UploadState state) implements Outcome {}

    /** The part does not continue the upload where it stands: send from {@code receivedBytes}. */
    public record OffsetMismatch(long receivedBytes) implements Outcome {}

    public record NotFound() implements Outcome {}

    /** Refused with nothing stored; {@code reason} picks the answer's status. */
    public record Refused(Reason reason, String code, String message) implements Outcome {}

    public enum Reason {
        INVALID,
        TOO_LARGE,
        CONFLICT,
        HASH_MISMATCH,
        /** The content could not be written where it is kept; the upload stays, to complete again. */
        STORE_UNAVAILABLE
    }

    private final Database database;
    private final Clock clock;
    private final FileContentStore content;

    /** Files whose content is kept in the database, beside their rows. */
    public FileUploads(Database database, Clock clock) {
        this(database, clock, new DatabaseContentStore(database));
    }

    /** Files whose content is kept in {@code content}; their rows and the uploads stay in the database. */
    public FileUploads(Database database, Clock clock, FileContentStore content) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.content = Objects.requireNonNull(content, "content");
    }

    /** True for a SHA-256 as files are named here: 64 lower-case hexadecimal digits. */
    public static boolean isContentHash(String text) {
        return text != null && SHA256.matcher(text).matches();
    }

    /**
     * Starts (or finds again, to resume) the upload of a file, or answers that it is stored
     * already: the same content is never kept twice in one organization.
     *
     * @param limitBytes the organization's largest file
     */
    public Outcome start(UserAccount user, String contentSha256, long sizeBytes, long limitBytes) {
        if (!isContentHash(contentSha256)) {
            return new Refused(
                    Reason.INVALID,
                    "invalid_input",
                    "content_sha256 is the file's SHA-256 in 64 lower-case hexadecimal digits");
        }
        if (sizeBytes < 0) {
            return new Refused(Reason.INVALID, "invalid_input", "size_bytes cannot be negative");
        }
        if (sizeBytes > limitBytes) {
            return new Refused(
                    Reason.TOO_LARGE,
                    "file_too_large",
                    "The file has " + sizeBytes + " bytes; this lab accepts files up to " + limitBytes
                            + " bytes (organization setting attachment_limit_mb)");
        }
        try {
            return startOnce(user, contentSha256, sizeBytes);
        } catch (IllegalStateException raced) {
            // Someone else started the same upload at the same moment: join theirs.
            return startOnce(user, contentSha256, sizeBytes);
        }
    }

    private Outcome startOnce(UserAccount user, String contentSha256, long sizeBytes) {
        return database.inTenant(user.organizationId(), connection -> {
            Optional<StoredFile> stored = stored(connection, user.organizationId(), contentSha256);
            if (stored.isPresent()) {
                return new Accepted(new UploadState(
                        null,
                        contentSha256,
                        stored.get().sizeBytes(),
                        stored.get().sizeBytes(),
                        true));
            }
            Optional<UploadState> existing = uploadOf(connection, user.organizationId(), contentSha256);
            if (existing.isPresent()) {
                if (existing.get().sizeBytes() != sizeBytes) {
                    return new Refused(
                            Reason.CONFLICT,
                            "upload_size_differs",
                            "An upload of this content with " + existing.get().sizeBytes()
                                    + " bytes is under way; a file has one size for one SHA-256");
                }
                return new Accepted(existing.get());
            }
            UUID id = Ids.newId();
            Timestamp now = Timestamp.from(now());
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO file_uploads (id,"
                    + " organization_id, content_sha256, size_bytes, received_bytes, part_count, started_by,"
                    + " started_at, updated_at) VALUES (?, ?, ?, ?, 0, 0, ?, ?, ?)")) {
                insert.setObject(1, id);
                insert.setObject(2, user.organizationId());
                insert.setString(3, contentSha256);
                insert.setLong(4, sizeBytes);
                insert.setObject(5, user.id());
                insert.setTimestamp(6, now);
                insert.setTimestamp(7, now);
                insert.executeUpdate();
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new IllegalStateException("The upload was started meanwhile", e);
                }
                throw e;
            }
            return new Accepted(new UploadState(id, contentSha256, sizeBytes, 0, false));
        });
    }

    /** Where an upload stands, to resume it. */
    public Outcome status(UserAccount user, UUID uploadId) {
        return database.inTenant(user.organizationId(), connection -> upload(connection, uploadId, false)
                .<Outcome>map(Accepted::new)
                .orElseGet(NotFound::new));
    }

    /** Adds the next part of an upload, which must start where the upload stands. */
    public Outcome append(UserAccount user, UUID uploadId, long offset, byte[] part) {
        if (part.length == 0) {
            return new Refused(Reason.INVALID, "invalid_input", "A part of an upload has at least one byte");
        }
        return database.inTenant(user.organizationId(), connection -> {
            Optional<UploadState> found = upload(connection, uploadId, true);
            if (found.isEmpty()) {
                return new NotFound();
            }
            UploadState state = found.get();
            if (offset != state.receivedBytes()) {
                return new OffsetMismatch(state.receivedBytes());
            }
            if (state.receivedBytes() + part.length > state.sizeBytes()) {
                return new Refused(
                        Reason.INVALID,
                        "more_than_announced",
                        "The upload announced " + state.sizeBytes() + " bytes; this part would bring it to "
                                + (state.receivedBytes() + part.length));
            }
            int partNumber = partCount(connection, uploadId);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO file_upload_parts"
                    + " (organization_id, upload_id, part_number, content) VALUES (?, ?, ?, ?)")) {
                insert.setObject(1, user.organizationId());
                insert.setObject(2, uploadId);
                insert.setInt(3, partNumber);
                insert.setBytes(4, part);
                insert.executeUpdate();
            }
            long received = state.receivedBytes() + part.length;
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE file_uploads SET received_bytes = ?," + " part_count = ?, updated_at = ? WHERE id = ?")) {
                update.setLong(1, received);
                update.setInt(2, partNumber + 1);
                update.setTimestamp(3, Timestamp.from(now()));
                update.setObject(4, uploadId);
                update.executeUpdate();
            }
            return new Accepted(new UploadState(uploadId, state.contentSha256(), state.sizeBytes(), received, false));
        });
    }

    /**
     * Completes an upload: every byte there and hashing to the announced SHA-256 stores the file;
     * bytes that hash otherwise are dropped with the upload, and nothing is stored. The file's row,
     * its content and the upload's end are one transaction; content kept outside the database is
     * written before that transaction ends and removed again if it fails, so a file is never
     * half-stored.
     */
    public Outcome complete(UserAccount user, UUID uploadId) {
        UUID organizationId = user.organizationId();
        AtomicReference<String> contentWritten = new AtomicReference<>();
        try {
            return database.inTenant(organizationId, connection -> {
                Optional<UploadState> found = upload(connection, uploadId, true);
                if (found.isEmpty()) {
                    return new NotFound();
                }
                UploadState state = found.get();
                if (state.receivedBytes() != state.sizeBytes()) {
                    return new Refused(
                            Reason.CONFLICT,
                            "upload_incomplete",
                            "The upload has " + state.receivedBytes() + " of " + state.sizeBytes()
                                    + " bytes; send the rest from offset " + state.receivedBytes());
                }
                String actual = hashOfParts(connection, uploadId);
                if (!actual.equals(state.contentSha256())) {
                    delete(connection, uploadId);
                    return new Refused(
                            Reason.HASH_MISMATCH,
                            "content_hash_mismatch",
                            "The bytes received hash to " + actual + ", not to the announced " + state.contentSha256()
                                    + "; nothing was stored, upload the file again");
                }
                int parts = partCount(connection, uploadId);
                // The row first: a second storing of the same file waits on it and fails before it
                // writes any content of its own.
                insertStoredFile(
                        connection, organizationId, state.contentSha256(), state.sizeBytes(), parts, user.id());
                contentWritten.set(state.contentSha256());
                storeContent(
                        connection,
                        organizationId,
                        state.contentSha256(),
                        state.sizeBytes(),
                        new FileContent.UploadedParts(uploadId, parts));
                delete(connection, uploadId);
                return new Accepted(
                        new UploadState(null, state.contentSha256(), state.sizeBytes(), state.sizeBytes(), true));
            });
        } catch (ContentStoreFailure e) {
            discardQuietly(organizationId, contentWritten.get(), e);
            LOG.warn("The content of a file could not be kept in the {} store: {}", content.name(), e.getMessage(), e);
            return new Refused(
                    Reason.STORE_UNAVAILABLE,
                    "file_store_unavailable",
                    // The cause (endpoint, bucket, key) is for the log, not for the client.
                    "The file's content could not be kept in the lab's file store; nothing was stored and"
                            + " the upload is kept: complete it again later");
        } catch (RuntimeException e) {
            discardQuietly(organizationId, contentWritten.get(), e);
            throw e;
        }
    }

    /** Content store failures, carried out of the transaction (which takes SQL failures only). */
    private static final class ContentStoreFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ContentStoreFailure(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private void storeContent(
            Connection connection, UUID organizationId, String contentSha256, long sizeBytes, FileContent bytes)
            throws SQLException {
        try {
            content.store(connection, organizationId, contentSha256, sizeBytes, bytes);
        } catch (IOException e) {
            throw new ContentStoreFailure(e);
        }
    }

    private void discardQuietly(UUID organizationId, String contentSha256, RuntimeException cause) {
        if (contentSha256 == null) {
            return;
        }
        try {
            content.discard(organizationId, contentSha256);
        } catch (RuntimeException discardFailure) {
            cause.addSuppressed(discardFailure);
        }
    }

    private void insertStoredFile(
            Connection connection, UUID organizationId, String contentSha256, long sizeBytes, int parts, UUID storedBy)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO stored_files (organization_id,"
                + " content_sha256, size_bytes, part_count, stored_by, stored_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, organizationId);
            insert.setString(2, contentSha256);
            insert.setLong(3, sizeBytes);
            insert.setInt(4, parts);
            insert.setObject(5, storedBy);
            insert.setTimestamp(6, Timestamp.from(now()));
            insert.executeUpdate();
        }
    }

    /**
     * Deletes, with their parts, the uploads of every organization that received nothing since
     * {@code cutoff}: a bench that never came back. On PostgreSQL this runs as the login role,
     * through a definer function that also keeps any upload touched in the last hour.
     *
     * @return how many uploads were deleted
     */
    public int removeAbandonedBefore(Instant cutoff) {
        OffsetDateTime before = OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC);
        return database.asLoginRole(connection -> {
            if (database.dialect() == SqlDialect.POSTGRESQL) {
                try (PreparedStatement purge =
                        connection.prepareStatement("SELECT spectra_purge_abandoned_uploads(?)")) {
                    purge.setObject(1, before);
                    try (ResultSet removed = purge.executeQuery()) {
                        removed.next();
                        return removed.getInt(1);
                    }
                }
            }
            // One PC's H2 has no row-level security and a single role: its parts go by cascade.
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM file_uploads WHERE updated_at < ?")) {
                delete.setObject(1, before);
                return delete.executeUpdate();
            }
        });
    }

    /** A file attached to a record, and whether its bytes have reached the server. */
    public record AttachedFile(
            UUID id,
            String fileName,
            String mediaType,
            long sizeBytes,
            String contentSha256,
            UUID uploadedBy,
            String uploadedByName,
            Instant createdAt,
            boolean stored) {}

    /** The files attached to one run of the organization, oldest first; empty for a run it does not have. */
    public Optional<List<AttachedFile>> attachedToRun(UUID organizationId, UUID runId) {
        return database.inTenant(organizationId, connection -> {
            try (PreparedStatement run =
                    connection.prepareStatement("SELECT 1 FROM runs WHERE organization_id = ? AND id = ?")) {
                run.setObject(1, organizationId);
                run.setObject(2, runId);
                try (ResultSet found = run.executeQuery()) {
                    if (!found.next()) {
                        return Optional.<List<AttachedFile>>empty();
                    }
                }
            }
            List<AttachedFile> files = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT a.id, a.file_name, a.media_type,"
                    + " a.size_bytes, a.content_sha256, a.uploaded_by, a.created_at, s.content_sha256 IS NOT NULL,"
                    + " u.display_name FROM attachments a LEFT JOIN stored_files s"
                    + " ON s.organization_id = a.organization_id AND s.content_sha256 = a.content_sha256"
                    + " LEFT JOIN users u ON u.id = a.uploaded_by WHERE a.organization_id = ? AND a.record_table ="
                    + " 'runs' AND a.record_id = ? AND a.deleted_at IS NULL ORDER BY a.created_at, a.id")) {
                select.setObject(1, organizationId);
                select.setObject(2, runId);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        Timestamp created = row.getTimestamp(7);
                        files.add(new AttachedFile(
                                row.getObject(1, UUID.class),
                                row.getString(2),
                                row.getString(3),
                                row.getLong(4),
                                row.getString(5),
                                row.getObject(6, UUID.class),
                                row.getString(9),
                                created == null ? null : created.toInstant(),
                                row.getBoolean(8)));
                    }
                }
            }
            return Optional.of(files);
        });
    }

    /**
     * Stores a file the server itself made (demo data), whole; nothing happens when the
     * organization has it already.
     *
     * @return its SHA-256
     */
    public String storeWhole(UUID organizationId, UUID storedBy, byte[] bytes) {
        String hash = HexFormat.of().formatHex(sha256().digest(bytes));
        AtomicReference<String> contentWritten = new AtomicReference<>();
        try {
            database.inTenant(organizationId, connection -> {
                if (stored(connection, organizationId, hash).isPresent()) {
                    return null;
                }
                insertStoredFile(
                        connection,
                        organizationId,
                        hash,
                        bytes.length,
                        DatabaseContentStore.partsOfWhole(bytes.length),
                        storedBy);
                contentWritten.set(hash);
                storeContent(connection, organizationId, hash, bytes.length, new FileContent.WholeBytes(bytes));
                return null;
            });
        } catch (RuntimeException e) {
            discardQuietly(organizationId, contentWritten.get(), e);
            throw e;
        }
        return hash;
    }

    /** The organization's file with this content, if it has one. */
    public Optional<StoredFile> find(UUID organizationId, String contentSha256) {
        if (!isContentHash(contentSha256)) {
            return Optional.empty();
        }
        return database.inTenant(organizationId, connection -> stored(connection, organizationId, contentSha256));
    }

    /** Writes a stored file's bytes, streamed from where its content is kept. */
    public void copyTo(UUID organizationId, StoredFile file, OutputStream out) throws IOException {
        content.copyTo(organizationId, file, out);
    }

    private static Optional<StoredFile> stored(Connection connection, UUID organizationId, String contentSha256)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT size_bytes, part_count FROM stored_files"
                + " WHERE organization_id = ? AND content_sha256 = ?")) {
            select.setObject(1, organizationId);
            select.setString(2, contentSha256);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new StoredFile(contentSha256, row.getLong(1), row.getInt(2)))
                        : Optional.empty();
            }
        }
    }

    private static Optional<UploadState> uploadOf(Connection connection, UUID organizationId, String contentSha256)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, size_bytes, received_bytes FROM"
                + " file_uploads WHERE organization_id = ? AND content_sha256 = ?")) {
            select.setObject(1, organizationId);
            select.setString(2, contentSha256);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new UploadState(
                                row.getObject(1, UUID.class), contentSha256, row.getLong(2), row.getLong(3), false))
                        : Optional.empty();
            }
        }
    }

    private static Optional<UploadState> upload(Connection connection, UUID uploadId, boolean forUpdate)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT content_sha256, size_bytes,"
                + " received_bytes FROM file_uploads WHERE id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            select.setObject(1, uploadId);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(
                                new UploadState(uploadId, row.getString(1), row.getLong(2), row.getLong(3), false))
                        : Optional.empty();
            }
        }
    }

    private static int partCount(Connection connection, UUID uploadId) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT part_count FROM file_uploads WHERE id = ?")) {
            select.setObject(1, uploadId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static String hashOfParts(Connection connection, UUID uploadId) throws SQLException {
        MessageDigest digest = sha256();
        int parts = partCount(connection, uploadId);
        // A part at a time, so a large file never sits in memory whole.
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT content FROM file_upload_parts WHERE upload_id = ? AND part_number = ?")) {
            for (int part = 0; part < parts; part++) {
                select.setObject(1, uploadId);
                select.setInt(2, part);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("Part " + part + " of upload " + uploadId + " is missing");
                    }
                    digest.update(row.getBytes(1));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void delete(Connection connection, UUID uploadId) throws SQLException {
        try (PreparedStatement parts =
                        connection.prepareStatement("DELETE FROM file_upload_parts WHERE upload_id = ?");
                PreparedStatement upload = connection.prepareStatement("DELETE FROM file_uploads WHERE id = ?")) {
            parts.setObject(1, uploadId);
            parts.executeUpdate();
            upload.setObject(1, uploadId);
            upload.executeUpdate();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
