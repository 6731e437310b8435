package lab.spectra.server.metrics;

import io.javalin.http.RequestLogger;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * The server's metrics, on or off (ADR 0035). On, they are collected in one Prometheus registry
 * of this server instance and served on a port of their own; off - the default - every seam
 * counts nothing and nothing is served, so a bench's embedded server pays nothing for them.
 */
public sealed interface ServerMetrics extends AutoCloseable permits ServerMetrics.Off, PrometheusMetrics {

    /** Collected, to be served at {@code address}; off when there is none. */
    static ServerMetrics of(Optional<InetSocketAddress> address) {
        return address.<ServerMetrics>map(PrometheusMetrics::collect).orElse(new Off());
    }

    /** Counts the answers given to commands. */
    CommandOutcomes commandOutcomes();

    /** Counts pushed commands and pulled rows. */
    SyncMetrics sync();

    /** Times API requests by route, when metrics are on. */
    Optional<RequestLogger> requestTimings();

    /** The registry that other parts (the connection pools) report to, when metrics are on. */
    Optional<MeterRegistry> registry();

    /**
     * Starts serving {@code /metrics}; empty when metrics are off.
     *
     * @throws java.io.UncheckedIOException when the address cannot be bound
     */
    Optional<InetSocketAddress> serve();

    @Override
    void close();

    /** No metrics: nothing collected, nothing served. */
    record Off() implements ServerMetrics {

        @Override
        public CommandOutcomes commandOutcomes() {
            return CommandOutcomes.NONE;
        }

        @Override
        public SyncMetrics sync() {
            return SyncMetrics.NONE;
        }

        @Override
        public Optional<RequestLogger> requestTimings() {
            return Optional.empty();
        }

        @Override
        public Optional<MeterRegistry> registry() {
            return Optional.empty();
        }

        @Override
        public Optional<InetSocketAddress> serve() {
            return Optional.empty();
        }

        @Override
        public void close() {}
    }
}
