package lab.spectra.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import lab.spectra.client.api.AnalysisApi;
import lab.spectra.client.api.AuthApi;
import lab.spectra.client.api.FilesApi;
import lab.spectra.client.api.SyncApi;
import lab.spectra.client.auth.ApiKeyAuth;
import lab.spectra.client.auth.HttpBearerAuth;
import lab.spectra.client.model.Announcement;
import lab.spectra.client.model.LoginRequest;
import lab.spectra.client.model.NewResult;
import lab.spectra.client.model.NewRun;
import lab.spectra.client.model.PushRequest;
import lab.spectra.client.model.Run;
import lab.spectra.client.model.RunDetail;
import lab.spectra.client.model.Upload;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import org.junit.jupiter.api.Test;

/**
 * What an instrument programmer does with a client generated from docs/openapi.json, over real
 * HTTP against a started server: upload a run's raw file in parts (announce, PUT each part as
 * bytes, complete), attach it to the run, record a result, and read both back.
 */
class TheGeneratedClientUploadsARunsRawFileAndResultTest {

    /** Small parts, so the file takes several and each is sent as an octet-stream body. */
    private static final int PART_BYTES = 16 * 1024;

    private final DemoServer demo = DemoServer.get();
    private final DemoIds lab = new DemoIds(demo, "demo.lab");

    @Test
    void aRawFileUploadedInPartsAndAResultAreReadBackFromTheRun() throws Exception {
        ApiClient client = new ApiClient().setBasePath(baseUrl());
        signIn(client);
        AnalysisApi analysis = new AnalysisApi(client);
        FilesApi files = new FilesApi(client);

        UUID run = UUID.fromString(field(
                analysis.startRun(new NewRun()
                        .recipeId(UUID.fromString(lab.approvedRecipeFor("smu")))
                        .instrumentId(UUID.fromString(lab.instrument("SMU-01")))
                        .sampleId(UUID.fromString(lab.newSample()))),
                "id"));

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

        Object attached = new SyncApi(client)
                .pushCommands(new PushRequest().addCommandsItem(attachFile(client, run, raw.length, sha256)));
        assertThat(field(first(attached, "results"), "status")).isEqualTo("applied");

        new AnalysisApi(client)
                .recordRunResult(
                        run,
                        new NewResult()
                                .quantity("on_resistance")
                                .value(12.5)
                                .unit("ohm")
                                .rawDataRef(sha256));

        Object file = first(analysis.listRunFiles(run), "items");
        assertThat(field(file, "file_name")).isEqualTo("iv-sweep.csv");
        assertThat(field(file, "content_sha256")).isEqualTo(sha256);
        assertThat(files.getFile(sha256)).isEqualTo(raw);
        RunDetail detail = analysis.getRun(run);
        assertThat(detail.getRun().getStatus()).isEqualTo(Run.StatusEnum.RUNNING);
        assertThat(detail.getResults()).singleElement().satisfies(result -> {
            assertThat(result.getQuantity()).isEqualTo("on_resistance");
            assertThat(result.getValue()).isEqualTo(12.5);
            assertThat(result.getUnit()).isEqualTo("ohm");
            assertThat(result.getRawDataRef()).isEqualTo(sha256);
        });
    }

    @Test
    void theClientSendsAnApiKeyAsTheAuthorizationHeaderWithItsPrefix() throws ApiException {
        ApiClient client = new ApiClient();
        ApiKeyAuth apiKey = (ApiKeyAuth) client.getAuthentication("apiKey");
        apiKey.setApiKey("sk_test_123");
        apiKey.setApiKeyPrefix("ApiKey");

        Map<String, String> headers = new HashMap<>();
        apiKey.applyToParams(new ArrayList<>(), headers, new HashMap<>(), null, null, null);

        assertThat(headers).containsEntry("Authorization", "ApiKey sk_test_123");
    }

    /**
     * The one place the test's credential is set: a technician's bearer token from the client's own
     * login call. An API key would be {@code ApiKeyAuth} with the prefix {@code ApiKey}, as above.
     */
    private static void signIn(ApiClient client) throws ApiException {
        String token = new AuthApi(client)
                .login(new LoginRequest().username("tech@demo.lab").password("tech123"))
                .getAccessToken();
        ((HttpBearerAuth) client.getAuthentication("bearer")).setBearerToken(token);
    }

    /** The bench's AttachFile command, pushed as a bench pushes it (no REST route attaches a file). */
    private static Map<String, Object> attachFile(ApiClient client, UUID run, long size, String sha256)
            throws ApiException {
        Map<String, Object> meta = new HashMap<>();
        meta.put("command_id", UUID.randomUUID().toString());
        meta.put("author_id", new AuthApi(client).getCurrentUser().getId().toString());
        meta.put("workstation_id", UUID.randomUUID().toString());
        meta.put("authored_at", Instant.now().truncatedTo(ChronoUnit.MICROS).toString());
        Map<String, Object> command = new HashMap<>();
        command.put("type", "AttachFile");
        command.put("meta", meta);
        command.put("attachment_id", UUID.randomUUID().toString());
        command.put("run_id", run.toString());
        command.put("file_name", "iv-sweep.csv");
        command.put("media_type", "text/csv");
        command.put("size_bytes", size);
        command.put("content_sha256", sha256);
        return command;
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
