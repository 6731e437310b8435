package lab.spectra.server.files;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.OwnLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Files are never shared across organizations: another lab's hash is not found, and the same bytes
 * in two labs are two stored files, so an upload never tells a lab what another one holds.
 */
class AnotherLabsFileIsNotFoundEvenWithTheSameBytesTest {

    private final OwnLab first = new OwnLab("files-a");
    private final OwnLab second = new OwnLab("files-b");
    private final Http http = first.demo.http;
    private final Uploads uploads = new Uploads(http);

    @AfterEach
    void close() {
        first.close();
        second.close();
    }

    @Test
    void theSecondLabNeitherReadsNorIsToldOfTheFirstLabsFile() {
        byte[] file = Uploads.randomFile(3_000, 7);
        String sha = Uploads.sha256(file);
        assertThat(uploads.uploadWhole(first.token("tech"), file).status()).isEqualTo(201);
        String outsider = second.token("admin");

        assertThat(http.download("/api/files/" + sha, outsider).statusCode()).isEqualTo(404);
        Http.Response announced = uploads.announce(outsider, sha, file.length);
        assertThat(announced.status()).isEqualTo(201);
        assertThat(announced.body().get("stored").asBoolean()).isFalse();
        String firstUpload = uploads.announce(first.token("tech"), Uploads.sha256(new byte[] {9}), 1)
                .body()
                .get("upload_id")
                .asText();
        assertThat(http.get("/api/files/uploads/" + firstUpload, outsider).status())
                .isEqualTo(404);
        assertThat(uploads.part(outsider, firstUpload, 0, new byte[] {9}).status())
                .isEqualTo(404);
    }
}
