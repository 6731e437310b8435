package lab.spectra.desktop.bench;

import lab.spectra.server.bench.BenchFigures;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.PostgresTestDatabase;

/**
 * The push figures of the performance table (ADR 0031), as {@link SyncBenchmark} measures them:
 * the push of offline commands over HTTP against the server alone deciding the same commands one
 * transaction each.
 */
final class PushFigures {

    /** The production default body limit, which a push request of {@code PUSH_BATCH} signed commands is sized for. */
    private static final long PRODUCTION_MAX_REQUEST_BYTES = 1_048_576;

    private PushFigures() {}

    /**
     * The bench's server as the test fixtures make it, but with the production body limit rather
     * than the tests' 64 KB, so that pushes are measured in the batches a real server takes.
     */
    static ServerConfig serverConfig(PostgresTestDatabase postgres) {
        ServerConfig config = DemoServer.config(postgres, false);
        ServerConfig.Listener listener = config.listener();
        return config.toBuilder()
                .listener(new ServerConfig.Listener(
                        listener.host(), listener.port(), PRODUCTION_MAX_REQUEST_BYTES, listener.allowedHosts()))
                .build();
    }

    /** Records the push rate with the server-alone rate as its floor; both in commands per second. */
    static void record(int commands, double pushSeconds, double serverAloneSeconds) {
        BenchFigures.record(BenchFigures.Figure.of(
                        "Push of " + commands + " offline commands over HTTP",
                        commands / pushSeconds,
                        "commands/s",
                        "≥ 5000 commands/s")
                .withFloor("Server alone, one transaction per command", commands / serverAloneSeconds));
    }
}
