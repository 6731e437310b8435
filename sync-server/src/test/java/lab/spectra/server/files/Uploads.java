package lab.spectra.server.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import lab.spectra.server.testing.Http;

/** A file to upload in tests, and the calls of an upload over HTTP. */
final class Uploads {

    private final Http http;

    Uploads(Http http) {
        this.http = http;
    }

    static byte[] randomFile(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] slice(byte[] bytes, int from, int to) {
        return Arrays.copyOfRange(bytes, from, to);
    }

    Http.Response announce(String token, String sha256, long size) {
        return http.post("/api/files/uploads", token, Map.of("content_sha256", sha256, "size_bytes", size));
    }

    Http.Response part(String token, String uploadId, long offset, byte[] bytes) {
        return http.sendBytes("PUT", "/api/files/uploads/" + uploadId + "?offset=" + offset, token, bytes);
    }

    Http.Response complete(String token, String uploadId) {
        return http.send("POST", "/api/files/uploads/" + uploadId + "/complete", token, null);
    }

    /** Announces, sends in one part and completes: the file is then stored. */
    Http.Response uploadWhole(String token, byte[] file) {
        Http.Response announced = announce(token, sha256(file), file.length);
        if (announced.body().get("stored").asBoolean()) {
            return announced;
        }
        String id = announced.body().get("upload_id").asText();
        part(token, id, 0, file);
        return complete(token, id);
    }
}
