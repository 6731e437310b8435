package lab.spectra.desktop.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import lab.spectra.desktop.store.LocalDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over its limit, the bench's file cache deletes uploaded files, least recently used first; a file
 * not yet uploaded stays whatever the limit, since it exists nowhere else.
 */
class TheFileCacheLetsTheLeastRecentlyUsedUploadedFilesGoFirstTest {

    @TempDir
    Path folder;

    private LocalDatabase database;

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theOldestUploadedFileLeavesAndTheUnsentOneStays() throws IOException {
        database = LocalDatabase.openPlain(folder.resolve("bench"));
        Instant[] now = {Instant.parse("2026-11-30T08:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                now[0] = now[0].plusSeconds(60);
                return now[0];
            }
        };
        BenchFiles files = new BenchFiles(database, folder.resolve("files"), null, clock, 2_500);
        BenchFiles.Held unsent = files.takeIn(file("unsent", 1_000));
        BenchFiles.Held oldest = files.takeIn(file("oldest", 1_000));
        BenchFiles.Held middle = files.takeIn(file("middle", 1_000));
        BenchFiles.Held newest = files.takeIn(file("newest", 1_000));
        markUploaded(oldest, middle, newest);
        files.local(oldest.contentSha256());
        // used just now: "middle" is now the least recently used of the uploaded ones

        files.evictOverLimit();

        assertThat(files.local(unsent.contentSha256())).isPresent();
        assertThat(files.local(oldest.contentSha256())).isPresent();
        assertThat(files.local(newest.contentSha256())).isPresent();
        assertThat(files.local(middle.contentSha256())).isEmpty();
        assertThat(files.waiting()).isEqualTo(1);
    }

    private Path file(String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(name.hashCode()).nextBytes(bytes);
        return Files.write(folder.resolve(name), bytes);
    }

    private void markUploaded(BenchFiles.Held... held) {
        database.transaction(connection -> {
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE bench_files SET uploaded = TRUE WHERE content_sha256 = ?")) {
                for (BenchFiles.Held file : held) {
                    update.setString(1, file.contentSha256());
                    update.executeUpdate();
                }
            }
            return null;
        });
    }
}
