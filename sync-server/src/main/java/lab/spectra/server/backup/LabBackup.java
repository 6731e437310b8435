package lab.spectra.server.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import lab.spectra.model.jdbc.SqlDialect;
import lab.spectra.server.config.ConfigException;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.db.ConnectionPools;
import lab.spectra.server.db.DatabaseSettings;

/**
 * A single-PC lab's backup: one zip holding a consistent copy of the database (H2's online
 * {@code BACKUP}, taken while the lab may be working), the keys that signed its receipts, tokens
 * and audit checkpoints, the checkpoints themselves, and a manifest with the SHA-256 of every
 * file. A backup is only called written once a copy restored from it has been opened and its
 * audit trail verified against its checkpoints ({@link #verify}); a restore verifies first and
 * keeps the lab's previous files beside the restored ones.
 *
 * <p>PostgreSQL servers are backed up with PostgreSQL's own tools (docs/production.md).
 */
public final class LabBackup {

    /** The manifest's name inside the zip. */
    public static final String MANIFEST = "manifest.json";

    private static final String SERVER = "server/";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** Checks that a copy opens and that its audit trail is intact; throws when not. */
    @FunctionalInterface
    public interface CopyCheck {
        /** @return what was found, for the operator ("2 organizations, audit trails intact") */
        String check(Path restoredDataDirectory);
    }

    public record Written(Path file, String sha256, String verified) {}

    public record Restored(Path dataDirectory, Path previousFilesKeptIn, String verified) {}

    private final ServerConfig config;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final CopyCheck check;

    public LabBackup(ServerConfig config, ObjectMapper mapper, Clock clock, CopyCheck check) {
        if (config.database().dialect() != SqlDialect.H2 || !config.mode().embedded()) {
            throw new ConfigException("backup and restore are for a lab kept on one PC (H2); back a PostgreSQL"
                    + " server up with pg_dump as docs/production.md describes");
        }
        this.config = config;
        this.mapper = mapper;
        this.clock = clock;
        this.check = check;
    }

    /** Writes a backup to {@code target} (a new file), then proves it by restoring it aside. */
    public Written write(Path target) throws IOException {
        if (Files.exists(target)) {
            throw new ConfigException(target + " exists already; name a new file for the backup");
        }
        Path work = Files.createTempDirectory("spectra-backup-");
        try {
            // Keys and checkpoints first, then the database: a checkpoint is never newer than the
            // trail it vouches for, so the copy verifies.
            Map<String, Path> files = new LinkedHashMap<>();
            Path serverDirectory = config.dataDirectory().resolve("server");
            for (Path kept : keptBesideTheDatabase(serverDirectory)) {
                String name = serverDirectory.relativize(kept).toString().replace('\\', '/');
                Path copy = safeResolve(work.resolve("kept"), name);
                Files.createDirectories(copy.getParent());
                Files.copy(kept, copy);
                files.put(SERVER + name, copy);
            }
            Path database = work.resolve("database.zip");
            databaseBackup(database);
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(database))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    Path extracted = safeResolve(work.resolve("db"), entry.getName());
                    Files.createDirectories(extracted.getParent());
                    Files.copy(zip, extracted);
                    files.put(SERVER + entry.getName(), extracted);
                }
            }
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            writeZip(partial, files);
            Files.move(partial, target);
            String verified = verify(target);
            return new Written(target, sha256(target), verified);
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Restores a backup into a data directory of its own and checks it: the manifest's hashes,
     * then the copy opened and its audit trails verified.
     *
     * @return what the check found
     */
    public String verify(Path backup) throws IOException {
        Path restored = Files.createTempDirectory("spectra-verify-");
        try {
            extract(backup, restored);
            return check.check(restored);
        } finally {
            deleteTree(restored);
        }
    }

    /**
     * Replaces the lab's files with the backup's, once the backup verifies. The lab's server must
     * be stopped; its previous files are kept in a folder beside them.
     */
    public Restored restore(Path backup) throws IOException {
        Path serverDirectory = config.dataDirectory().resolve("server");
        refuseWhileRunning(serverDirectory);
        String verified = verify(backup);
        Path kept = config.dataDirectory().resolve("server.before-restore-" + STAMP.format(clock.instant()));
        if (Files.exists(serverDirectory)) {
            Files.move(serverDirectory, kept);
        }
        extract(backup, config.dataDirectory());
        return new Restored(config.dataDirectory(), kept, verified);
    }

    private void databaseBackup(Path target) {
        DatabaseSettings.Credentials owner = config.database()
                .owner()
                .orElseThrow(() -> new ConfigException("backup reads the whole database: it needs the owner"));
        try (HikariDataSource pool =
                        ConnectionPools.openOwnerPool(config.database(), owner, 1, Duration.ofSeconds(30));
                Connection connection = pool.getConnection();
                PreparedStatement backup = connection.prepareStatement("BACKUP TO ?")) {
            backup.setString(1, target.toString());
            backup.execute();
        } catch (SQLException e) {
            throw new ConfigException("The database could not be copied: " + e.getMessage());
        }
    }

    private static List<Path> keptBesideTheDatabase(Path serverDirectory) throws IOException {
        if (!Files.isDirectory(serverDirectory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(serverDirectory)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> {
                        String name = path.getFileName().toString();
                        // The database goes in through BACKUP, never as its live files.
                        return !name.endsWith(".mv.db")
                                && !name.endsWith(".trace.db")
                                && !name.endsWith(".lock.db")
                                && !name.endsWith(".tmp");
                    })
                    .sorted()
                    .toList();
        }
    }

    private void writeZip(Path target, Map<String, Path> files) throws IOException {
        ObjectNode manifest = mapper.createObjectNode();
        manifest.put("format", 1);
        manifest.put("created_at", clock.instant().toString());
        manifest.put("mode", config.mode().wireName());
        ObjectNode hashes = manifest.putObject("files");
        for (Map.Entry<String, Path> file : files.entrySet()) {
            hashes.put(file.getKey(), sha256(file.getValue()));
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target, StandardOpenOption.CREATE_NEW))) {
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
            for (Map.Entry<String, Path> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                Files.copy(file.getValue(), zip);
                zip.closeEntry();
            }
        }
    }

    /** Unpacks a backup under {@code dataDirectory}, checking every file against the manifest. */
    private void extract(Path backup, Path dataDirectory) throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> found = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(MANIFEST)) {
                    mapper.readTree(zip.readAllBytes())
                            .path("files")
                            .fields()
                            .forEachRemaining(field -> expected.put(
                                    field.getKey(), field.getValue().asText()));
                    continue;
                }
                if (!entry.getName().startsWith(SERVER) || entry.isDirectory()) {
                    throw new BackupDamaged("It holds " + entry.getName() + ", which no backup of a lab has");
                }
                Path target = safeResolve(dataDirectory, entry.getName());
                Files.createDirectories(target.getParent());
                found.put(entry.getName(), copyHashing(zip, target));
            }
        } catch (ZipException e) {
            throw new BackupDamaged("It is not a readable zip file: " + e.getMessage());
        }
        if (expected.isEmpty()) {
            throw new BackupDamaged("It has no manifest");
        }
        if (!expected.equals(found)) {
            throw new BackupDamaged("Its files do not match its manifest (changed, missing or added files)");
        }
    }

    private static String copyHashing(InputStream in, Path target) throws IOException {
        MessageDigest digest = sha256Digest();
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            new DigestInputStream(in, digest).transferTo(out);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static Path safeResolve(Path directory, String name) {
        Path resolved = directory.resolve(name).normalize();
        if (!resolved.startsWith(directory.normalize())) {
            throw new BackupDamaged("It names a file outside the lab's folder: " + name);
        }
        return resolved;
    }

    private static void refuseWhileRunning(Path serverDirectory) throws IOException {
        if (!Files.isDirectory(serverDirectory)) {
            return;
        }
        try (Stream<Path> files = Files.list(serverDirectory)) {
            for (Path database :
                    files.filter(path -> path.toString().endsWith(".mv.db")).toList()) {
                try (FileChannel channel = FileChannel.open(database, StandardOpenOption.WRITE);
                        FileLock lock = channel.tryLock()) {
                    if (lock == null) {
                        throw new ConfigException("The lab is open (its server is running); close the app first");
                    }
                } catch (OverlappingFileLockException e) {
                    throw new ConfigException("The lab is open in this program; stop its server first");
                }
            }
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256Digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** A backup file that cannot be trusted: nothing is restored from it. */
    public static final class BackupDamaged extends ConfigException {
        private static final long serialVersionUID = 1L;

        public BackupDamaged(String reason) {
            super("The backup cannot be used: " + reason);
        }
    }
}
