package lab.spectra.server.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Where an export's files go, one after the other: a zip streamed to a file or an HTTP answer, or
 * a folder of plain files. Only one file is open at a time, which is all a zip allows.
 */
public sealed interface ExportTarget extends AutoCloseable {

    /** Opens the next file; it is complete once the returned stream is closed. */
    OutputStream next(String path) throws IOException;

    @Override
    void close() throws IOException;

    /** A zip written to {@code out}, which the target closes when the export is done. */
    static ExportTarget zip(OutputStream out) {
        return new Zip(new ZipOutputStream(out));
    }

    /** A new folder (or an empty one) of plain files. */
    static ExportTarget directory(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (var listing = Files.list(folder)) {
            if (listing.findAny().isPresent()) {
                throw new IOException(folder + " is not empty; an export goes into a new or empty folder");
            }
        }
        return new Directory(folder);
    }

    /** A zip entry per file; closing an entry's stream closes the entry, not the zip. */
    final class Zip implements ExportTarget {
        private final ZipOutputStream zip;

        Zip(ZipOutputStream zip) {
            this.zip = zip;
        }

        @Override
        public OutputStream next(String path) throws IOException {
            zip.putNextEntry(new ZipEntry(path));
            return new FilterOutputStream(zip) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                }

                @Override
                public void close() throws IOException {
                    zip.closeEntry();
                }
            };
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    /** One plain file per path, under the folder. */
    final class Directory implements ExportTarget {
        private final Path folder;

        Directory(Path folder) {
            this.folder = folder;
        }

        @Override
        public OutputStream next(String path) throws IOException {
            Path file = folder.resolve(path).normalize();
            if (!file.startsWith(folder.normalize())) {
                throw new IOException("An export file cannot be written outside its folder: " + path);
            }
            Files.createDirectories(file.getParent());
            return Files.newOutputStream(file, StandardOpenOption.CREATE_NEW);
        }

        @Override
        public void close() {
            // Every file was closed as it was written.
        }
    }
}
