package lab.spectra.server.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files of an export as found, in a folder or a zip: each one's size and SHA-256, and its
 * content read on demand (a line at a time for the big ones).
 */
abstract sealed class ExportContents implements AutoCloseable {

    /** Opens a folder or a zip file. */
    static ExportContents open(Path location) throws IOException {
        if (Files.isDirectory(location)) {
            return new Folder(location);
        }
        if (Files.isRegularFile(location)) {
            return new Zip(new ZipFile(location.toFile(), StandardCharsets.UTF_8));
        }
        throw new IOException(location + " is neither a folder nor a file");
    }

    private Map<String, ListedFile> found;

    /** Every file found, by its path inside the export ('/' separated). */
    Map<String, ListedFile> files() throws IOException {
        if (found == null) {
            Map<String, ListedFile> files = new LinkedHashMap<>();
            for (String path : paths()) {
                MessageDigest digest = HashingOutputStream.sha256();
                long size;
                try (InputStream in = new DigestInputStream(open(path), digest)) {
                    size = in.transferTo(OutputStream.nullOutputStream());
                }
                files.put(path, new ListedFile(path, size, HexFormat.of().formatHex(digest.digest())));
            }
            found = Collections.unmodifiableMap(files);
        }
        return found;
    }

    Optional<byte[]> bytes(String path) throws IOException {
        if (!paths().contains(path)) {
            return Optional.empty();
        }
        try (InputStream in = open(path)) {
            return Optional.of(in.readAllBytes());
        }
    }

    /** The file's lines (UTF-8), or empty when it is not there. */
    Optional<BufferedReader> lines(String path) throws IOException {
        if (!paths().contains(path)) {
            return Optional.empty();
        }
        return Optional.of(new BufferedReader(new InputStreamReader(open(path), StandardCharsets.UTF_8)));
    }

    abstract List<String> paths() throws IOException;

    abstract InputStream open(String path) throws IOException;

    @Override
    public abstract void close() throws IOException;

    static final class Folder extends ExportContents {
        private final Path root;
        private List<String> paths;

        Folder(Path root) {
            this.root = root;
        }

        @Override
        List<String> paths() throws IOException {
            if (paths == null) {
                try (Stream<Path> walk = Files.walk(root)) {
                    paths = walk.filter(Files::isRegularFile)
                            .map(file -> root.relativize(file).toString().replace('\\', '/'))
                            .sorted()
                            .toList();
                }
            }
            return paths;
        }

        @Override
        InputStream open(String path) throws IOException {
            return Files.newInputStream(root.resolve(path));
        }

        @Override
        public void close() {
            // Nothing held open.
        }
    }

    static final class Zip extends ExportContents {
        private final ZipFile zip;

        Zip(ZipFile zip) {
            this.zip = zip;
        }

        @Override
        List<String> paths() {
            return zip.stream()
                    .filter(entry -> !entry.isDirectory())
                    .map(ZipEntry::getName)
                    .toList();
        }

        @Override
        InputStream open(String path) throws IOException {
            return zip.getInputStream(zip.getEntry(path));
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }
}
