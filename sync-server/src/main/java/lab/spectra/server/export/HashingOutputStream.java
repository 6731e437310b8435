package lab.spectra.server.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * Counts and hashes what goes through it, and reports the file to the manifest when it is closed.
 * Writes straight through: the export never holds a whole file in memory.
 */
final class HashingOutputStream extends FilterOutputStream {

    private final String path;
    private final MessageDigest digest = sha256();
    private final Consumer<ListedFile> listed;
    private long size;
    private boolean closed;

    HashingOutputStream(String path, OutputStream out, Consumer<ListedFile> listed) {
        super(out);
        this.path = path;
        this.listed = listed;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        digest.update((byte) b);
        size++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        digest.update(bytes, offset, length);
        size += length;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        out.flush();
        out.close();
        listed.accept(new ListedFile(path, size, HexFormat.of().formatHex(digest.digest())));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
