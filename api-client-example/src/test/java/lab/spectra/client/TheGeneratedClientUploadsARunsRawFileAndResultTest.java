package lab.spectra.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import lab.spectra.client.api.AdminApi;
import lab.spectra.client.api.AnalysisApi;
import lab.spectra.client.api.AuthApi;
import lab.spectra.client.api.FilesApi;
import lab.spectra.client.auth.ApiKeyAuth;
import lab.spectra.client.auth.HttpBearerAuth;
import lab.spectra.client.model.Announcement;
import lab.spectra.client.model.LoginRequest;
import lab.spectra.client.model.NewApiKey;
import lab.spectra.client.model.NewAttachment;
import lab.spectra.client.model.NewResult;
import lab.spectra.client.model.NewRun;
import lab.spectra.client.model.Run;
import lab.spectra.client.model.RunDetail;
import lab.spectra.client.model.Upload;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import org.junit.jupiter.api.Test;

/**
 * What an instrument programmer does with a client generated from docs/openapi.json, over real
 * HTTP against a started server: with an API key an admin made (results and raw files of one
 * instrument's runs), upload a run's raw file in parts (announce, PUT each part as bytes,
 * complete), attach it to the run, record a result, and read both back, named as the key's.
 */
class TheGeneratedClientUploadsARunsRawFileAndResultTest {

    /** Small parts, so the file takes several and each is sent as an octet-stream body. */
    private static final int PART_BYTES = 16 * 1024;

    private static final String KEY_NAME = "Keithley-2 export";

    private final DemoServer demo = DemoServer.get();
    private final DemoIds lab = new DemoIds(demo, "demo.lab");

    @Test
    void aRawFileUploadedInPartsAndAResultAreReadBackFromTheRun() throws Exception {
        UUID smu = UUID.fromString(lab.instrument("SMU-01"));
        UUID run = UUID.fromString(field(
                new AnalysisApi(signedIn("tech@demo.lab", "tech123"))
                        .startRun(new NewRun()
                                .recipeId(UUID.fromString(lab.approvedRecipeFor("smu")))
                                .instrumentId(smu)
                                .sampleId(UUID.fromString(lab.newSample()))),
                "id"));

        ApiClient instrument = withApiKey(newKey(smu));
        AnalysisApi analysis = new AnalysisApi(instrument);
        FilesApi files = new FilesApi(instrument);

        byte[] raw = ivSweep();
        String sha256 = sha256(raw);
        Upload upload =
                files.announceUpload(new Announcement().contentSha256(sha256).sizeBytes((long) raw.length));
        assertThat(upload.getStored()).isFalse();
        int parts = 0;
        while (upload.getReceivedBytes() < raw.length) {
            int from = Math.toIntExact(upload.getReceivedBytes());
            byte[] part = Arrays.copyOfRange(raw, from, Math.min(raw.length, from + PART_BYTES));
            upload = files.uploadPart(upload.getUploadId(), part, (long) from);
            parts++;
        }
        assertThat(parts).isGreaterThan(1);
        Upload stored = files.completeUpload(upload.getUploadId());
        assertThat(stored.getStored()).isTrue();

        analysis.attachRunFile(
                run,
                new NewAttachment()
                        .fileName("iv-sweep.csv")
                        .mediaType("text/csv")
                        .sizeBytes((long) raw.length)
                        .contentSha256(sha256));
        analysis.recordRunResult(
                run,
                new NewResult()
                        .quantity("on_resistance")
                        .value(12.5)
                        .unit("ohm")
                        .rawDataRef(sha256));

        Object file = first(analysis.listRunFiles(run), "items");
        assertThat(field(file, "file_name")).isEqualTo("iv-sweep.csv");
        assertThat(field(file, "content_sha256")).isEqualTo(sha256);
        assertThat(field(file, "uploaded_by_name")).contains("API key " + KEY_NAME);
        // The bytes as a person of the lab downloads them (a key reads runs, not files by content).
        assertThat(new FilesApi(signedIn("pi@demo.lab", "pi123")).getFile(sha256))
                .isEqualTo(raw);
        RunDetail detail = analysis.getRun(run);
        assertThat(detail.getRun().getStatus()).isEqualTo(Run.StatusEnum.RUNNING);
        assertThat(detail.getResults()).singleElement().satisfies(result -> {
            assertThat(result.getQuantity()).isEqualTo("on_resistance");
            assertThat(result.getValue()).isEqualTo(12.5);
            assertThat(result.getUnit()).isEqualTo("ohm");
            assertThat(result.getRawDataRef()).isEqualTo(sha256);
            assertThat(((Map<?, ?>) detail.getRecordedBy()).get(String.valueOf(result.getRecordedBy())))
                    .asString()
                    .contains("API key " + KEY_NAME);
        });
    }

    @Test
    void theClientSendsAnApiKeyAsTheAuthorizationHeaderWithItsPrefix() throws ApiException {
        ApiKeyAuth apiKey = (ApiKeyAuth) withApiKey("spk_test_123").getAuthentication("apiKey");

        Map<String, String> headers = new HashMap<>();
        apiKey.applyToParams(new ArrayList<>(), headers, new HashMap<>(), null, null, null);

        assertThat(headers).containsEntry("Authorization", "ApiKey spk_test_123");
    }

    /** The admin makes the instrument software's key with the generated client; it is shown this once. */
    private String newKey(UUID instrument) throws ApiException {
        Object created = new AdminApi(signedIn("admin@demo.lab", "admin123"))
                .createApiKey(new NewApiKey()
                        .name(KEY_NAME)
                        .scopes(List.of("results:write:" + instrument, "attachments:write", "runs:read"))
                        .expiresAt(OffsetDateTime.now(ZoneOffset.UTC).plusDays(30)));
        return field(created, "key");
    }

    /** The one place the instrument's credential is set: {@code Authorization: ApiKey <key>}. */
    private ApiClient withApiKey(String key) {
        ApiClient client = new ApiClient().setBasePath(baseUrl());
        ApiKeyAuth apiKey = (ApiKeyAuth) client.getAuthentication("apiKey");
        apiKey.setApiKey(key);
        apiKey.setApiKeyPrefix("ApiKey");
        return client;
    }

    private ApiClient signedIn(String email, String password) throws ApiException {
        ApiClient client = new ApiClient().setBasePath(baseUrl());
        String token = new AuthApi(client)
                .login(new LoginRequest().username(email).password(password))
                .getAccessToken();
        ((HttpBearerAuth) client.getAuthentication("bearer")).setBearerToken(token);
        return client;
    }

    /** An IV sweep as a source-measure unit exports it, about 40 KiB. */
    private static byte[] ivSweep() {
        StringBuilder csv = new StringBuilder("voltage_v,current_a\n");
        for (int i = 0; i <= 2000; i++) {
            double volts = -1 + i * 0.001;
            csv.append(String.format(Locale.ROOT, "%.4f,%.9e\n", volts, volts / 12.5));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String baseUrl() {
        return demo.server.baseUri().toString().replaceAll("/$", "");
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String field(Object json, String name) {
        return String.valueOf(((Map<?, ?>) json).get(name));
    }

    private static Object first(Object json, String list) {
        List<?> items = (List<?>) ((Map<?, ?>) json).get(list);
        assertThat(items).as(list).isNotEmpty();
        return items.get(0);
    }
}
