package lab.spectra.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code SPECTRA_FILE_STORE=s3} keeps files in a bucket: production refuses it unless every setting
 * of the bucket is there, saying which are missing; the database stays the default.
 */
class AnS3FileStoreNeedsAllItsSettingsTest {

    private static Map<String, String> production() {
        Map<String, String> environment = ProductionEnvironment.minimal();
        return environment;
    }

    private static Map<String, String> productionOnABucket() {
        Map<String, String> environment = production();
        environment.put("SPECTRA_FILE_STORE", "s3");
        environment.put("SPECTRA_S3_ENDPOINT", "https://objects.lab.example:9000");
        environment.put("SPECTRA_S3_REGION", "eu-central-1");
        environment.put("SPECTRA_S3_BUCKET", "spectra-files");
        environment.put("SPECTRA_S3_ACCESS_KEY", "spectra-server");
        environment.put("SPECTRA_S3_SECRET_KEY", "a-long-object-store-secret");
        return environment;
    }

    @Test
    void filesAreKeptInTheDatabaseUnlessToldOtherwise() {
        ServerConfig config = ServerConfigLoader.load(production());

        assertThat(config.files().store()).isEqualTo(ServerConfig.FileStore.DATABASE);
        assertThat(config.files().s3()).isEmpty();
        assertThat(config.files().abandonedUploadsAfter()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void aCompleteBucketIsTakenAsConfigured() {
        Map<String, String> environment = productionOnABucket();
        environment.put("SPECTRA_ABANDONED_UPLOAD_HOURS", "6");

        ServerConfig config = ServerConfigLoader.load(environment);

        assertThat(config.files().store()).isEqualTo(ServerConfig.FileStore.S3);
        ServerConfig.S3Bucket bucket = config.files().s3().orElseThrow();
        assertThat(bucket.endpoint()).isEqualTo(URI.create("https://objects.lab.example:9000"));
        assertThat(bucket.region()).isEqualTo("eu-central-1");
        assertThat(bucket.bucket()).isEqualTo("spectra-files");
        assertThat(bucket.accessKey()).isEqualTo("spectra-server");
        assertThat(bucket.secretKey()).isEqualTo("a-long-object-store-secret");
        assertThat(bucket.toString()).doesNotContain("a-long-object-store-secret");
        assertThat(config.toString()).doesNotContain("a-long-object-store-secret");
        assertThat(config.files().abandonedUploadsAfter()).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void productionRefusesABucketWithMissingSettingsNamingThem() {
        Map<String, String> environment = productionOnABucket();
        environment.remove("SPECTRA_S3_BUCKET");
        environment.put("SPECTRA_S3_SECRET_KEY", " ");

        assertThatThrownBy(() -> ServerConfigLoader.load(environment))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("SPECTRA_FILE_STORE=s3")
                .hasMessageContaining("SPECTRA_S3_BUCKET")
                .hasMessageContaining("SPECTRA_S3_SECRET_KEY")
                .hasMessageNotContaining("SPECTRA_S3_REGION");
    }

    @Test
    void anEndpointThatIsNotAnHttpUrlIsRefused() {
        Map<String, String> environment = productionOnABucket();
        environment.put("SPECTRA_S3_ENDPOINT", "objects.lab.example:9000");

        assertThatThrownBy(() -> ServerConfigLoader.load(environment))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("SPECTRA_S3_ENDPOINT");
    }

    @Test
    void anUnknownStoreIsRefused() {
        Map<String, String> environment = production();
        environment.put("SPECTRA_FILE_STORE", "nfs");

        assertThatThrownBy(() -> ServerConfigLoader.load(environment))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("SPECTRA_FILE_STORE must be postgres or s3");
    }

    @Test
    void aLabOnOnePcKeepsItsFilesInItsOwnDatabase(@TempDir Path data) {
        Map<String, String> environment = productionOnABucket();
        environment.put("SPECTRA_MODE", "single-pc");
        environment.put("SPECTRA_DATA_DIR", data.toString());

        assertThatThrownBy(() -> ServerConfigLoader.load(environment))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("one PC");
    }
}
