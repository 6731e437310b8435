package lab.spectra.server.files;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.OwnLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bytes that do not hash to what was announced, or more bytes than announced, store nothing. */
class ARefusedUploadLeavesNothingStoredTest {

    private final OwnLab own = new OwnLab("files-refused");
    private final Http http = own.demo.http;
    private final Uploads uploads = new Uploads(http);
    private final String tech = own.token("tech");

    @AfterEach
    void close() {
        own.close();
    }

    @Test
    void bytesThatHashOtherwiseAreDroppedWithTheirUpload() {
        byte[] announcedFile = Uploads.randomFile(4_000, 3);
        byte[] sentFile = Uploads.randomFile(4_000, 4);
        String sha = Uploads.sha256(announcedFile);
        String id = uploads.announce(tech, sha, 4_000).body().get("upload_id").asText();
        uploads.part(tech, id, 0, sentFile);

        Http.Response refused = uploads.complete(tech, id);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("content_hash_mismatch");
        assertThat(http.download("/api/files/" + sha, tech).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/files/uploads/" + id, tech).status()).isEqualTo(404);
        assertThat(uploads.announce(tech, sha, 4_000).status())
                .as("the file may be uploaded afresh")
                .isEqualTo(201);
    }

    @Test
    void morePartsThanAnnouncedAreRefused() {
        byte[] file = Uploads.randomFile(1_000, 5);
        String id = uploads.announce(tech, Uploads.sha256(file), 1_000)
                .body()
                .get("upload_id")
                .asText();

        Http.Response tooMuch = uploads.part(tech, id, 0, Uploads.randomFile(1_001, 6));

        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.code()).isEqualTo("more_than_announced");
        assertThat(http.get("/api/files/uploads/" + id, tech)
                        .body()
                        .get("received_bytes")
                        .asLong())
                .isZero();
    }

    @Test
    void aFileOverTheLabsLimitIsRefusedBeforeAnyByteIsSent() {
        Http.Response tooLarge = uploads.announce(tech, Uploads.sha256(new byte[] {1}), 101L * 1024 * 1024);

        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.code()).isEqualTo("file_too_large");
    }

    @Test
    void badAnnouncementsAndViewersAreRefused() {
        assertThat(uploads.announce(tech, "not-a-hash", 10).status()).isEqualTo(400);
        assertThat(uploads.announce(tech, Uploads.sha256(new byte[] {1}), -1).status())
                .isEqualTo(400);
        assertThat(http.post("/api/files/uploads", tech, "{\"content_sha256\": 7}")
                        .status())
                .isEqualTo(400);
        assertThat(uploads.announce(own.token("viewer"), Uploads.sha256(new byte[] {1}), 1)
                        .status())
                .isEqualTo(403);
        assertThat(http.download("/api/files/not-a-hash", tech).statusCode()).isEqualTo(404);
    }
}
