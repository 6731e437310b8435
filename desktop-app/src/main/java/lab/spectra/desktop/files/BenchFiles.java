package lab.spectra.desktop.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.net.ServerRefusedException;
import lab.spectra.desktop.store.LocalDatabase;
import lab.spectra.desktop.sync.SyncEngine;

/**
 * The files this bench holds, by content (ADR 0019): a file taken in (an instrument export) is
 * copied under its SHA-256 and waits to be uploaded; the bytes go up after the sync has sent the
 * rows that name them, in parts that resume where the server stands; a file another bench took in
 * is fetched when someone opens it. Uploaded and fetched files form a cache held under a limit,
 * least recently used leaving first; a file not yet uploaded never leaves. Blocks: never call it
 * on the JavaFX thread.
 */
public final class BenchFiles {

    /** A bench's cache of files, unless configured otherwise. */
    public static final long DEFAULT_CACHE_LIMIT_BYTES = 5L * 1024 * 1024 * 1024;

    /** One part of an upload: well under the server's limit for a part. */
    static final int PART_BYTES = 1024 * 1024;

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** A file held here: its content hash and size. */
    public record Held(String contentSha256, long sizeBytes) {}

    private final LocalDatabase database;
    private final Path directory;
    private final FileClient client;
    private final Clock clock;
    private final long cacheLimitBytes;

    public BenchFiles(LocalDatabase database, Path directory, FileClient client, Clock clock, long cacheLimitBytes) {
        this.database = database;
        this.directory = directory;
        this.client = client;
        this.clock = clock;
        this.cacheLimitBytes = cacheLimitBytes;
    }

    /** Copies a file in under its content hash; it waits here until uploaded. */
    public Held takeIn(Path source) {
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "incoming-", ".part");
            MessageDigest digest = sha256();
            long size;
            try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest)) {
                size = Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            }
            String hash = HexFormat.of().formatHex(digest.digest());
            Files.move(temporary, pathOf(hash), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            database.transaction(connection -> {
                try (PreparedStatement merge = connection.prepareStatement("MERGE INTO bench_files (content_sha256,"
                        + " size_bytes, uploaded, last_used_at) KEY (content_sha256) VALUES (?, ?,"
                        + " COALESCE((SELECT uploaded FROM bench_files WHERE content_sha256 = ?), FALSE), ?)")) {
                    merge.setString(1, hash);
                    merge.setLong(2, size);
                    merge.setString(3, hash);
                    merge.setTimestamp(4, Timestamp.from(clock.instant()));
                    merge.executeUpdate();
                }
                return null;
            });
            return new Held(hash, size);
        } catch (IOException e) {
            throw new UncheckedIOException("The file " + source.getFileName() + " could not be read", e);
        }
    }

    /** The file's bytes on this bench, if it holds them; marks it used. */
    public Optional<Path> local(String contentSha256) {
        requireHash(contentSha256);
        Path path = pathOf(contentSha256);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        touch(contentSha256);
        return Optional.of(path);
    }

    /**
     * The file's bytes, fetched from the server when this bench does not hold them; the copy is
     * checked against its hash before it is kept.
     */
    public Path fetch(String contentSha256, ServerSession session) {
        Optional<Path> held = local(contentSha256);
        if (held.isPresent()) {
            return held.get();
        }
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "fetching-", ".part");
            try {
                client.download(session, contentSha256, temporary);
                String actual = hashOf(temporary);
                if (!actual.equals(contentSha256)) {
                    throw new IllegalStateException(
                            "The file fetched from the server is damaged (its SHA-256 is " + actual + "); try again");
                }
                long size = Files.size(temporary);
                Files.move(
                        temporary,
                        pathOf(contentSha256),
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                record(contentSha256, size, true);
            } finally {
                Files.deleteIfExists(temporary);
            }
            evictOverLimit();
            return pathOf(contentSha256);
        } catch (IOException e) {
            throw new UncheckedIOException("The file could not be stored on this PC", e);
        }
    }

    /** How many files wait to be uploaded. */
    public int waiting() {
        return database.transaction(connection -> {
            try (PreparedStatement count =
                            connection.prepareStatement("SELECT count(*) FROM bench_files WHERE NOT uploaded");
                    ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        });
    }

    /**
     * Uploads every file waiting here, each resuming where the server stands; then trims the
     * cache. A file the server has already (from another bench) is not sent again.
     *
     * @return how many files were uploaded
     */
    public int sendWaiting(ServerSession session) {
        return sendWaiting(session, (sent, toSend) -> {});
    }

    /** As {@link #sendWaiting(ServerSession)}, telling {@code progress} after each part the server took. */
    public int sendWaiting(ServerSession session, SyncEngine.FileProgress progress) {
        List<Held> waiting = database.transaction(connection -> {
            List<Held> files = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                            "SELECT content_sha256, size_bytes FROM bench_files WHERE NOT uploaded ORDER BY last_used_at");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    files.add(new Held(rows.getString(1), rows.getLong(2)));
                }
            }
            return files;
        });
        long toSend = waiting.stream().mapToLong(Held::sizeBytes).sum();
        long[] done = {0};
        int sent = 0;
        for (Held file : waiting) {
            long before = done[0];
            upload(session, file, received -> progress.sent(before + received, toSend));
            done[0] = before + file.sizeBytes();
            progress.sent(done[0], toSend);
            record(file.contentSha256(), file.sizeBytes(), true);
            sent++;
        }
        evictOverLimit();
        return sent;
    }

    private void upload(ServerSession session, Held file, java.util.function.LongConsumer received) {
        FileClient.Upload upload = client.announce(session, file.contentSha256(), file.sizeBytes());
        if (upload.stored()) {
            return;
        }
        try (var channel = Files.newByteChannel(pathOf(file.contentSha256()))) {
            long offset = upload.receivedBytes();
            while (offset < file.sizeBytes()) {
                channel.position(offset);
                int length = (int) Math.min(PART_BYTES, file.sizeBytes() - offset);
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(length);
                while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                    // reads until the part is whole
                }
                offset = client.part(session, upload.uploadId(), offset, buffer.array())
                        .receivedBytes();
                received.accept(offset);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The file " + file.contentSha256() + " could not be read on this PC", e);
        }
        try {
            client.complete(session, upload.uploadId());
        } catch (ServerRefusedException refused) {
            // Completed before, its answer lost on the way: the server knows the file by now.
            if (refused.status() != 404
                    || !client.announce(session, file.contentSha256(), file.sizeBytes())
                            .stored()) {
                throw refused;
            }
        }
    }

    /** Deletes uploaded files, least recently used first, while the cache is over its limit. */
    void evictOverLimit() {
        List<Held> uploaded = database.transaction(connection -> {
            List<Held> files = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT content_sha256, size_bytes FROM"
                            + " bench_files WHERE uploaded ORDER BY last_used_at DESC");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    files.add(new Held(rows.getString(1), rows.getLong(2)));
                }
            }
            return files;
        });
        long kept = 0;
        for (Held file : uploaded) {
            kept += file.sizeBytes();
            if (kept > cacheLimitBytes) {
                forget(file.contentSha256());
            }
        }
    }

    private void forget(String contentSha256) {
        database.transaction(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM bench_files WHERE content_sha256 = ? AND uploaded")) {
                delete.setString(1, contentSha256);
                delete.executeUpdate();
            }
            return null;
        });
        try {
            Files.deleteIfExists(pathOf(contentSha256));
        } catch (IOException e) {
            throw new UncheckedIOException("A cached file could not be deleted", e);
        }
    }

    private void record(String contentSha256, long size, boolean uploaded) {
        database.transaction(connection -> {
            try (PreparedStatement merge = connection.prepareStatement("MERGE INTO bench_files (content_sha256,"
                    + " size_bytes, uploaded, last_used_at) KEY (content_sha256) VALUES (?, ?, ?, ?)")) {
                merge.setString(1, contentSha256);
                merge.setLong(2, size);
                merge.setBoolean(3, uploaded);
                merge.setTimestamp(4, Timestamp.from(clock.instant()));
                merge.executeUpdate();
            }
            return null;
        });
    }

    private void touch(String contentSha256) {
        database.transaction(connection -> {
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE bench_files SET last_used_at = ? WHERE content_sha256 = ?")) {
                update.setTimestamp(1, Timestamp.from(clock.instant()));
                update.setString(2, contentSha256);
                update.executeUpdate();
            }
            return null;
        });
    }

    private Path pathOf(String contentSha256) {
        return directory.resolve(contentSha256);
    }

    private static void requireHash(String contentSha256) {
        if (contentSha256 == null || !SHA256.matcher(contentSha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256: " + contentSha256);
        }
    }

    private static String hashOf(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
