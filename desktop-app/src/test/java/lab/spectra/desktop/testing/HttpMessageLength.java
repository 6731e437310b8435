package lab.spectra.desktop.testing;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where one HTTP/1.1 message ends in the bytes read so far: after its head and a body framed by
 * {@code Content-Length} or chunked transfer coding. Enough of the protocol for a test proxy to copy
 * a request whole and to read the answer to one it sends itself.
 */
final class HttpMessageLength {

    private HttpMessageLength() {}

    /** The length of the complete message at the start of {@code bytes}, or -1 while it is still arriving. */
    static int of(byte[] bytes, int length) {
        int headEnd = indexOf(bytes, length, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        if (headEnd < 0) {
            return -1;
        }
        int bodyStart = headEnd + 4;
        String head = new String(bytes, 0, headEnd, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (head.contains("\r\ntransfer-encoding: chunked")) {
            return chunkedEnd(bytes, length, bodyStart);
        }
        int at = head.indexOf("\r\ncontent-length:");
        if (at < 0) {
            return bodyStart;
        }
        int lineEnd = head.indexOf("\r\n", at + 2);
        long bodyLength = Long.parseLong(
                head.substring(at + "\r\ncontent-length:".length(), lineEnd < 0 ? head.length() : lineEnd)
                        .strip());
        return bodyStart + bodyLength <= length ? (int) (bodyStart + bodyLength) : -1;
    }

    private static int chunkedEnd(byte[] bytes, int length, int from) {
        int at = from;
        while (true) {
            int sizeEnd = indexOf(bytes, length, new byte[] {'\r', '\n'}, at);
            if (sizeEnd < 0) {
                return -1;
            }
            String size = new String(bytes, at, sizeEnd - at, StandardCharsets.US_ASCII);
            int semicolon = size.indexOf(';');
            int chunk = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
            if (chunk == 0) {
                int trailerEnd = indexOf(bytes, length, "\r\n".getBytes(StandardCharsets.US_ASCII), sizeEnd + 2);
                // No trailers: the message ends right after the last chunk's line.
                return trailerEnd == sizeEnd + 2 ? trailerEnd + 2 : (trailerEnd < 0 ? -1 : trailerEnd + 2);
            }
            at = sizeEnd + 2 + chunk + 2;
            if (at > length) {
                return -1;
            }
        }
    }

    private static int indexOf(byte[] bytes, int length, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
