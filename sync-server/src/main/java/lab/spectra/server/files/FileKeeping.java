package lab.spectra.server.files;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import lab.spectra.server.config.ConfigException;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.db.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's file keeping as configured: where content goes (the database or an S3 bucket), the
 * uploads and stored files over it, and the sweeper of abandoned uploads. Closing it stops the
 * sweeper and lets go of the bucket's client.
 */
public final class FileKeeping implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FileKeeping.class);

    private final FileContentStore content;
    private final FileUploads uploads;
    private final AbandonedUploadSweeper sweeper;

    private FileKeeping(FileContentStore content, FileUploads uploads, AbandonedUploadSweeper sweeper) {
        this.content = content;
        this.uploads = uploads;
        this.sweeper = sweeper;
    }

    /**
     * Opens the configured store. An S3 bucket must answer now: a server that could not keep a
     * file refuses to start rather than fail the first upload.
     */
    public static FileKeeping open(ServerConfig.Files files, Database database, Clock clock) {
        Objects.requireNonNull(files, "files");
        FileContentStore content = files.store() == ServerConfig.FileStore.S3
                ? bucket(files.s3().orElseThrow())
                : new DatabaseContentStore(database);
        FileUploads uploads = new FileUploads(database, clock, content);
        LOG.info(
                "File content is kept in the {} store; uploads idle for {} are dropped",
                content.name(),
                files.abandonedUploadsAfter());
        return new FileKeeping(
                content, uploads, new AbandonedUploadSweeper(uploads, clock, files.abandonedUploadsAfter()));
    }

    private static S3ContentStore bucket(ServerConfig.S3Bucket settings) {
        S3ContentStore store = S3ContentStore.connect(settings);
        try {
            store.checkReachable();
        } catch (IllegalStateException e) {
            store.close();
            throw new ConfigException("Refusing to start: " + e.getMessage() + " (" + settings
                    + "); check SPECTRA_S3_ENDPOINT, SPECTRA_S3_BUCKET and the access key");
        }
        return store;
    }

    public FileUploads uploads() {
        return uploads;
    }

    public FileContentStore content() {
        return content;
    }

    /** Starts dropping abandoned uploads: now, then every {@code interval}. */
    public void startSweeping(Duration interval) {
        sweeper.start(interval);
    }

    @Override
    public void close() {
        sweeper.close();
        if (content instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warn("Closing the {} store failed: {}", content.name(), e.getMessage());
            }
        }
    }
}
