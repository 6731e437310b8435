package lab.spectra.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.server.SyncServer;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.StreamedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A body sent without a length ({@code Transfer-Encoding: chunked}) is cut off at the limit and
 * answered 413, before it has been read whole: otherwise a few endless unauthenticated streams
 * fill the heap.
 */
class AStreamedBodyOverTheLimitIsRefusedTest {

    private static final long ONE_MIB = 1_048_576;

    private static PostgresTestDatabase postgres;
    private static SyncServer server;

    @BeforeAll
    static void serverWithTheDefaultLimit() {
        postgres = PostgresTestDatabase.createMigrated();
        ServerConfig config = DemoServer.config(postgres, false);
        server = SyncServer.start(config.toBuilder()
                .listener(new ServerConfig.Listener("127.0.0.1", 0, ONE_MIB))
                .build());
    }

    @AfterAll
    static void stop() {
        server.close();
        postgres.close();
    }

    @Test
    void fiveMebibytesStreamedToTheLoginAreAnswered413() {
        StreamedRequest.Answer answer =
                StreamedRequest.postChunkedJson(server.baseUri(), "/auth/login", "username", 5 * ONE_MIB);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).as(answer.headers()).contains("\"code\":\"payload_too_large\"");
    }

    @Test
    void theServerStopsReadingAnEndlessStreamAndClosesTheConnection() {
        long size = 256 * ONE_MIB;

        StreamedRequest.Answer answer =
                StreamedRequest.postChunkedJson(server.baseUri(), "/auth/login", "username", size);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.bytesSent())
                .as("what the client got out before the server hung up (socket buffers included)")
                .isLessThan(64 * ONE_MIB);
    }

    @Test
    void aStreamedBodyWithinTheLimitIsReadAsUsual() {
        StreamedRequest.Answer answer =
                StreamedRequest.postChunkedJson(server.baseUri(), "/auth/login", "username", 200 * 1024);

        assertThat(answer.status())
                .as("the body is complete JSON, only without a password")
                .isEqualTo(422);
    }
}
