package lab.spectra.desktop.net;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.protocol.DataEpoch;
import lab.spectra.model.protocol.SyncProtocol;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * JSON over HTTP to one sync server. Turns every way a call can go wrong into one of three
 * exceptions a caller can act on: try later (the server is unreachable, or answered with a server
 * error), sign in again, or the server said no. Plain http is refused unless to this PC or allowed
 * ({@link PlainHttp}).
 */
public final class ServerLink {

    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http;
    private final HttpUrl base;
    private final ObjectMapper mapper;
    private volatile String workstationId;
    private final String workstationName = BenchName.ofThisPc();
    private final int syncProtocol;
    private volatile SyncProtocol.Range serverProtocols;
    /** The data epoch this bench synced with, named on every request (ADR 0040). */
    private volatile UUID syncedWithEpoch;
    /** The data epoch the server named in its latest answer. */
    private volatile UUID serverEpoch;

    public ServerLink(URI baseUri, ObjectMapper mapper) {
        this(baseUri, mapper, PlainHttp.LOOPBACK_ONLY);
    }

    public ServerLink(URI baseUri, ObjectMapper mapper, PlainHttp plainHttp) {
        this(
                baseUri,
                mapper,
                plainHttp,
                new OkHttpClient.Builder()
                        .connectTimeout(Duration.ofSeconds(5))
                        .readTimeout(Duration.ofSeconds(60))
                        .writeTimeout(Duration.ofSeconds(60))
                        // A pooled connection the network dropped is retried on a fresh one; safe for
                        // every call here because a push is idempotent (the server keeps its answers).
                        .retryOnConnectionFailure(true)
                        // An https server redirecting to http must not downgrade the connection.
                        .followSslRedirects(false)
                        .build());
    }

    public ServerLink(URI baseUri, ObjectMapper mapper, OkHttpClient http) {
        this(baseUri, mapper, PlainHttp.LOOPBACK_ONLY, http);
    }

    /** @throws InsecureServerAddressException for plain http to another machine, unless allowed */
    public ServerLink(URI baseUri, ObjectMapper mapper, PlainHttp plainHttp, OkHttpClient http) {
        this(baseUri, mapper, plainHttp, http, SyncProtocol.CURRENT);
    }

    private ServerLink(URI baseUri, ObjectMapper mapper, PlainHttp plainHttp, OkHttpClient http, int syncProtocol) {
        this.base = Objects.requireNonNull(HttpUrl.get(plainHttp.check(baseUri)), "baseUri");
        this.mapper = mapper;
        this.http = http;
        this.syncProtocol = syncProtocol;
    }

    /** The same link speaking another sync protocol version: how tests play a bench of another release. */
    public ServerLink speakingSyncProtocol(int version) {
        return new ServerLink(base.uri(), mapper, PlainHttp.ALLOWED, http, version);
    }

    /** The sync protocol versions the server named in its latest answer; empty before any, or from a server before versioning. */
    public Optional<SyncProtocol.Range> serverProtocols() {
        return Optional.ofNullable(serverProtocols);
    }

    /** The data epoch the server named in its latest answer; empty before any, or from a server before epochs. */
    public Optional<UUID> serverDataEpoch() {
        return Optional.ofNullable(serverEpoch);
    }

    /** Names the data epoch this bench synced with on every request from now on (none: names none). */
    public void syncedWithDataEpoch(Optional<UUID> epoch) {
        syncedWithEpoch = epoch.orElse(null);
    }

    /** The sync protocol version this bench speaks. */
    public int syncProtocol() {
        return syncProtocol;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public URI baseUri() {
        return base.uri();
    }

    /** Names this bench in every request ({@code X-Workstation-Id}), so the server's time receipts are for it. */
    public void identifyAs(UUID workstation) {
        this.workstationId = workstation.toString();
    }

    public <T> T get(String path, String accessToken, Class<T> answer) {
        return call(new Request.Builder().url(url(path)).get(), accessToken, answer);
    }

    public <T> T post(String path, String accessToken, Object body, Class<T> answer) {
        return call(new Request.Builder().url(url(path)).post(json(body)), accessToken, answer);
    }

    public <T> T put(String path, String accessToken, Object body, Class<T> answer) {
        return call(new Request.Builder().url(url(path)).put(json(body)), accessToken, answer);
    }

    /** Posts a file as it is (e.g. a CSV import) with its media type. */
    public <T> T postFile(String path, String accessToken, byte[] file, String mediaType, Class<T> answer) {
        return call(
                new Request.Builder().url(url(path)).post(RequestBody.create(file, MediaType.get(mediaType))),
                accessToken,
                answer);
    }

    /** Sends bytes with PUT (a part of an upload). */
    public <T> T putBytes(String path, String accessToken, byte[] bytes, Class<T> answer) {
        return call(
                new Request.Builder()
                        .url(url(path))
                        .put(RequestBody.create(bytes, MediaType.get("application/octet-stream"))),
                accessToken,
                answer);
    }

    /**
     * Downloads to {@code target} (a file), streaming; a refusal is thrown like any other call's.
     */
    public void download(String path, String accessToken, java.nio.file.Path target) {
        Request.Builder request = new Request.Builder().url(url(path)).get();
        identify(request, accessToken);
        try (Response response = http.newCall(request.build()).execute()) {
            observe(response);
            ResponseBody body = response.body();
            if (!response.isSuccessful()) {
                throw failure(response.code(), body == null ? new byte[0] : body.bytes());
            }
            if (body == null) {
                throw new ServerUnreachableException("The server sent no file", null);
            }
            try (java.io.InputStream in = body.byteStream()) {
                java.nio.file.Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ServerUnreachableException(
                    "The server at " + base + " cannot be reached (" + e.getMessage() + ")", e);
        }
    }

    /** Reads a streamed answer while it arrives; an {@link IOException} means the stream was cut. */
    @FunctionalInterface
    public interface StreamReader<T> {
        /**
         * @param mediaType the answer's {@code Content-Type} without parameters, e.g.
         *                  {@code application/x-ndjson}, or empty when the server named none
         */
        T read(String mediaType, InputStream body) throws IOException;
    }

    /**
     * GETs with {@code Accept: accept} and hands the answer's body to {@code reader} as it
     * arrives, uncompressed: on loopback and a LAN gzip costs more time than it saves (ADR 0032).
     * A refusal is thrown like any other call's; a stream cut midway is a {@link
     * ServerUnreachableException}, so whatever the reader did with it must be undone by its caller.
     */
    public <T> T stream(String path, String accessToken, String accept, StreamReader<T> reader) {
        Request.Builder request = new Request.Builder()
                .url(url(path))
                .get()
                .header("Accept", accept)
                .header("Accept-Encoding", "identity");
        identify(request, accessToken);
        try (Response response = http.newCall(request.build()).execute()) {
            observe(response);
            ResponseBody body = response.body();
            if (!response.isSuccessful()) {
                throw failure(response.code(), body == null ? new byte[0] : body.bytes());
            }
            if (body == null) {
                throw new ServerUnreachableException("The server sent no answer", null);
            }
            MediaType type = body.contentType();
            try (InputStream in = body.byteStream()) {
                return reader.read(type == null ? "" : type.type() + "/" + type.subtype(), in);
            }
        } catch (IOException e) {
            throw new ServerUnreachableException(
                    "The server at " + base + " cannot be reached (" + e.getMessage() + ")", e);
        }
    }

    private void identify(Request.Builder request, String accessToken) {
        request.header(SyncProtocol.BENCH_HEADER, Integer.toString(syncProtocol));
        UUID epoch = syncedWithEpoch;
        if (epoch != null) {
            request.header(DataEpoch.HEADER, epoch.toString());
        }
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        String workstation = workstationId;
        if (workstation != null) {
            request.header("X-Workstation-Id", workstation);
            if (!workstationName.isEmpty()) {
                request.header("X-Workstation-Name", workstationName);
            }
        }
    }

    /** Keeps the versions the server named; an answer without them (a proxy's page) changes nothing. */
    private void observe(Response response) {
        SyncProtocol.Range.parse(response.header(SyncProtocol.SERVER_HEADER))
                .ifPresent(range -> serverProtocols = range);
        DataEpoch.parse(response.header(DataEpoch.HEADER)).ifPresent(epoch -> serverEpoch = epoch);
    }

    private RequestBody json(Object body) {
        try {
            return RequestBody.create(mapper.writeValueAsBytes(body), JSON);
        } catch (IOException e) {
            throw new IllegalStateException("A request could not be written as JSON", e);
        }
    }

    private HttpUrl url(String path) {
        HttpUrl url = base.resolve(path);
        if (url == null) {
            throw new IllegalArgumentException("Not a path: " + path);
        }
        return url;
    }

    private <T> T call(Request.Builder request, String accessToken, Class<T> answer) {
        identify(request, accessToken);
        try (Response response = http.newCall(request.build()).execute()) {
            observe(response);
            ResponseBody body = response.body();
            byte[] bytes = body == null ? new byte[0] : body.bytes();
            if (response.isSuccessful()) {
                return mapper.readValue(bytes, answer);
            }
            throw failure(response.code(), bytes);
        } catch (IOException e) {
            throw new ServerUnreachableException(
                    "The server at " + base + " cannot be reached (" + e.getMessage() + ")", e);
        }
    }

    private RuntimeException failure(int status, byte[] bytes) {
        String code = "http_" + status;
        String serverMessage = null;
        JsonNode error = null;
        try {
            error = mapper.readTree(bytes);
            if (error != null && error.hasNonNull("code")) {
                code = error.get("code").asText();
                serverMessage = error.path("message").asText(null);
            }
        } catch (IOException ignored) {
            // Not our server's JSON (a proxy's error page): the status says enough.
        }
        if (status >= 500) {
            return new ServerErrorException(status, code, serverMessage);
        }
        String message = serverMessage != null ? serverMessage : "The server answered " + status;
        if (status == 401) {
            return new NotSignedInException(message);
        }
        if (status == 410 && WorkstationRevokedException.CODE.equals(code)) {
            return new WorkstationRevokedException(message);
        }
        if (status == 408) {
            return new ServerUnreachableException("The server could not answer now: " + message, null);
        }
        return new ServerRefusedException(status, code, message, error);
    }
}
