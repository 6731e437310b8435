package lab.spectra.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 written by hand over a socket, for requests a normal client will not send, such as one
 * whose {@code Host} header names another site than the address connected to (as a browser does
 * after DNS rebinding).
 */
public final class RawHttp {

    public record Response(int status, JsonNode body) {
        public String code() {
            return body.path("code").asText();
        }
    }

    private RawHttp() {}

    /** Connects to this PC's loopback address at {@code port} and sends the request with {@code host}. */
    public static Response send(int port, String host, String method, String path, String jsonBody) {
        byte[] body = jsonBody == null ? new byte[0] : jsonBody.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + path + " HTTP/1.1\r\n"
                + "Host: " + host + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Connection: close\r\n\r\n";
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(answer.substring(answer.indexOf(' ') + 1, answer.indexOf(' ') + 4));
            String content = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            return new Response(status, content.isBlank() ? MissingNode.getInstance() : json(content));
        } catch (IOException e) {
            throw new IllegalStateException("Raw request failed: " + e.getMessage(), e);
        }
    }

    /** The body as JSON; a chunked body is read as its single chunk. */
    private static JsonNode json(String content) throws IOException {
        String trimmed = content.strip();
        if (!trimmed.startsWith("{")) {
            trimmed = trimmed.substring(trimmed.indexOf('{'), trimmed.lastIndexOf('}') + 1);
        }
        return new ObjectMapper().readTree(trimmed);
    }
}
