package lab.spectra.server.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.OwnLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A file's bytes travel in parts, each at the offset the server has reached: a connection cut in
 * the middle of a part leaves the upload where it stood, the client asks and resumes, and the file
 * is stored once its bytes hash to what was announced — once per lab, however often it is sent.
 */
class AFileIsStoredOnceByItsContentAndItsUploadResumesTest {

    private final OwnLab own = new OwnLab("files");
    private final Http http = own.demo.http;
    private final Uploads uploads = new Uploads(http);
    private final String tech = own.token("tech");

    @AfterEach
    void close() {
        own.close();
    }

    @Test
    void aCutUploadResumesFromWhereTheServerStandsAndTheStoredFileIsTheSameBytes() throws IOException {
        byte[] file = Uploads.randomFile(20_000, 1);
        String sha = Uploads.sha256(file);

        Http.Response announced = uploads.announce(tech, sha, file.length);
        assertThat(announced.status()).isEqualTo(201);
        String id = announced.body().get("upload_id").asText();
        assertThat(uploads.part(tech, id, 0, Uploads.slice(file, 0, 8_000))
                        .body()
                        .get("received_bytes")
                        .asLong())
                .isEqualTo(8_000);

        cutMidPart(id, 8_000, Uploads.slice(file, 8_000, 16_000));
        Http.Response where = http.get("/api/files/uploads/" + id, tech);
        assertThat(where.body().get("received_bytes").asLong())
                .as("nothing of the cut part was kept")
                .isEqualTo(8_000);

        Http.Response skipped = uploads.part(tech, id, 16_000, Uploads.slice(file, 16_000, 20_000));
        assertThat(skipped.status()).isEqualTo(409);
        assertThat(skipped.code()).isEqualTo("offset_mismatch");
        assertThat(skipped.body().get("received_bytes").asLong()).isEqualTo(8_000);

        uploads.part(tech, id, 8_000, Uploads.slice(file, 8_000, 16_000));
        Http.Response early = uploads.complete(tech, id);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("upload_incomplete");

        uploads.part(tech, id, 16_000, Uploads.slice(file, 16_000, 20_000));
        Http.Response stored = uploads.complete(tech, id);
        assertThat(stored.status()).isEqualTo(201);
        assertThat(stored.body().get("stored").asBoolean()).isTrue();

        HttpResponse<byte[]> download = http.download("/api/files/" + sha, tech);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(file);
        assertThat(download.headers().firstValue("ETag")).hasValue("\"" + sha + "\"");
    }

    @Test
    void theSameContentSentAgainIsKnownAtOnceAndNotStoredTwice() {
        byte[] file = Uploads.randomFile(5_000, 2);
        assertThat(uploads.uploadWhole(tech, file).status()).isEqualTo(201);

        Http.Response again = uploads.announce(own.token("engineer"), Uploads.sha256(file), file.length);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("stored").asBoolean()).isTrue();
        assertThat(again.body().get("upload_id").isNull()).isTrue();
    }

    /** Sends the head of a part with its full length announced, then hangs up. */
    private void cutMidPart(String uploadId, long offset, byte[] part) throws IOException {
        URI base = http.base();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            String head = "PUT /api/files/uploads/" + uploadId + "?offset=" + offset + " HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "Authorization: Bearer " + tech + "\r\n"
                    + "Content-Type: application/octet-stream\r\n"
                    + "Content-Length: " + part.length + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(part, 0, part.length / 2);
            out.flush();
        }
    }
}
