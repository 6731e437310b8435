package lab.spectra.server.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A request whose body is sent with {@code Transfer-Encoding: chunked} over a plain socket, so
 * the server cannot know its size in advance. The answer is read while the body is still being
 * written: a server that refuses early answers before the client has sent everything.
 */
public final class StreamedRequest {

    /** What came back, and how many body bytes the client managed to send before that. */
    public record Answer(int status, String headers, String body, long bytesSent) {}

    private StreamedRequest() {}

    /**
     * POSTs a JSON object whose one string field is {@code bodyBytes} long in total, in chunks of
     * 64 KiB.
     */
    public static Answer postChunkedJson(URI base, String path, String field, long bodyBytes) {
        String prefix = "{\"" + field + "\": \"";
        String suffix = "\"}";
        long filler = bodyBytes - prefix.length() - suffix.length();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                            + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            CompletableFuture<Long> writer = CompletableFuture.supplyAsync(() -> {
                long sent = 0;
                try {
                    sent += chunk(out, prefix.getBytes(StandardCharsets.US_ASCII));
                    byte[] piece = new byte[64 * 1024];
                    Arrays.fill(piece, (byte) 'a');
                    for (long left = filler; left > 0; left -= piece.length) {
                        sent += chunk(out, left >= piece.length ? piece : Arrays.copyOf(piece, (int) left));
                    }
                    sent += chunk(out, suffix.getBytes(StandardCharsets.US_ASCII));
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException closedByTheServer) {
                    // The server answered and closed before the whole body was sent: what a
                    // bounded server should do.
                }
                return sent;
            });
            Answer answer = readAnswer(socket.getInputStream());
            long sent = writer.get(30, TimeUnit.SECONDS);
            return new Answer(answer.status(), answer.headers(), answer.body(), sent);
        } catch (IOException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The streamed request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long chunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        return data.length;
    }

    private static Answer readAnswer(InputStream in) throws IOException {
        String head = readHead(in);
        int status = Integer.parseInt(head.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        for (String line : head.split("\r\n", -1)) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(line.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        String body = chunked
                ? readChunked(in)
                : new String(in.readNBytes((int) Math.max(0, length)), StandardCharsets.UTF_8);
        return new Answer(status, head, body, 0);
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("The connection closed before an answer came: " + head);
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    private static String readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in);
            int size = Integer.parseInt(sizeLine.split(";", -1)[0].strip(), 16);
            if (size == 0) {
                return body.toString(StandardCharsets.UTF_8);
            }
            body.write(in.readNBytes(size));
            readLine(in);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int previous = -1;
        while (true) {
            int b = in.read();
            if (b < 0 || (previous == '\r' && b == '\n')) {
                byte[] bytes = line.toByteArray();
                return new String(bytes, 0, Math.max(0, bytes.length - 1), StandardCharsets.US_ASCII);
            }
            line.write(b);
            previous = b;
        }
    }
}
