package lab.spectra.server.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import lab.spectra.server.SyncServer;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.OwnLab;
import lab.spectra.server.testing.S3MockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A server configured with {@code SPECTRA_FILE_STORE=s3} keeps file content in the bucket of a
 * real S3-API server and serves the same API: an upload in parts is stored in the bucket (not in
 * the database), downloads whole, and another lab's hash is still 404. The server shares the demo
 * server's database and token settings, so the labs' tokens work on both.
 */
class AServerKeepingFilesInAnS3BucketServesThemOverHttpTest {

    private static SyncServer server;
    private static Http http;
    private static S3ContentStore bucket;

    private final OwnLab first = new OwnLab("s3-files-a");
    private final OwnLab second = new OwnLab("s3-files-b");
    private final Uploads uploads = new Uploads(http);

    @BeforeAll
    static void startOnABucket() {
        ServerConfig.S3Bucket settings = S3MockServer.get().bucket();
        server = SyncServer.start(DemoServer.config(DemoServer.get().postgres, false).toBuilder()
                .files(ServerConfig.Files.inBucket(settings))
                .build());
        http = new Http(server.baseUri());
        bucket = S3ContentStore.connect(settings);
    }

    @AfterAll
    static void stop() {
        bucket.close();
        server.close();
    }

    @AfterEach
    void close() {
        first.close();
        second.close();
    }

    @Test
    void aFileUploadedInPartsIsKeptInTheBucketAndDownloadsWhole() {
        String tech = first.token("tech");
        // Larger than one piece of a multipart upload to the bucket, sent in three parts.
        byte[] file = Uploads.randomFile(9 * 1024 * 1024 + 777, 11);
        String sha = Uploads.sha256(file);
        String id =
                uploads.announce(tech, sha, file.length).body().get("upload_id").asText();
        int third = file.length / 3;
        assertThat(uploads.part(tech, id, 0, Uploads.slice(file, 0, third)).status())
                .isEqualTo(200);
        assertThat(uploads.part(tech, id, third, Uploads.slice(file, third, 2 * third))
                        .status())
                .isEqualTo(200);
        assertThat(uploads.part(tech, id, 2 * third, Uploads.slice(file, 2 * third, file.length))
                        .status())
                .isEqualTo(200);

        Http.Response completed = uploads.complete(tech, id);

        assertThat(completed.status()).isEqualTo(201);
        assertThat(completed.body().get("stored").asBoolean()).isTrue();
        assertThat(bucket.holds(first.org.id(), sha)).isTrue();
        assertThat(partsInTheDatabase(sha))
                .as("the bytes are in the bucket only")
                .isZero();
        HttpResponse<byte[]> download = http.download("/api/files/" + sha, first.token("viewer"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(file);
    }

    @Test
    void anotherLabsHashIsNotFoundThoughTheBucketHoldsTheBytes() {
        byte[] file = Uploads.randomFile(40_000, 12);
        String sha = Uploads.sha256(file);
        assertThat(uploads.uploadWhole(first.token("tech"), file).status()).isEqualTo(201);
        String outsider = second.token("tech");

        assertThat(http.download("/api/files/" + sha, outsider).statusCode()).isEqualTo(404);
        Http.Response announced = uploads.announce(outsider, sha, file.length);
        assertThat(announced.status()).isEqualTo(201);
        assertThat(announced.body().get("stored").asBoolean()).isFalse();
        assertThat(bucket.holds(second.org.id(), sha)).isFalse();
    }

    private int partsInTheDatabase(String sha) {
        return first.lab.database.inTenant(first.org.id(), connection -> {
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT count(*) FROM stored_file_parts WHERE organization_id = ? AND content_sha256 = ?")) {
                count.setObject(1, first.org.id());
                count.setString(2, sha);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            }
        });
    }
}
