package lab.spectra.server.metrics;

import io.javalin.http.RequestLogger;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmCompilationMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmHeapPressureMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * Metrics collected in a Prometheus registry of this server instance - not Micrometer's global
 * one, so two servers in one JVM (tests, the bench's embedded server) never mix their counts - with
 * the JVM's (memory, garbage collection, threads, classes, JIT) and the process's (CPU, uptime,
 * open files) bound at once.
 */
public final class PrometheusMetrics implements ServerMetrics {

    private final InetSocketAddress address;
    private final PrometheusMeterRegistry registry;
    private final JvmGcMetrics garbageCollection;
    private final JvmHeapPressureMetrics heapPressure;
    private final CommandOutcomes commandOutcomes;
    private final SyncMetrics sync;
    private final RequestTimings requestTimings;
    private MetricsEndpoint endpoint;

    private PrometheusMetrics(InetSocketAddress address) {
        this.address = Objects.requireNonNull(address, "address");
        this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        // These two listen to the JVM's notifications until closed.
        this.garbageCollection = new JvmGcMetrics();
        garbageCollection.bindTo(registry);
        this.heapPressure = new JvmHeapPressureMetrics();
        heapPressure.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmCompilationMetrics().bindTo(registry);
        new JvmInfoMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        this.commandOutcomes = new CountedCommandOutcomes(registry);
        this.sync = new CountedSync(registry, commandOutcomes);
        this.requestTimings = new RequestTimings(registry);
    }

    static PrometheusMetrics collect(InetSocketAddress address) {
        return new PrometheusMetrics(address);
    }

    @Override
    public CommandOutcomes commandOutcomes() {
        return commandOutcomes;
    }

    @Override
    public SyncMetrics sync() {
        return sync;
    }

    @Override
    public Optional<RequestLogger> requestTimings() {
        return Optional.of(requestTimings);
    }

    @Override
    public Optional<MeterRegistry> registry() {
        return Optional.of(registry);
    }

    @Override
    public synchronized Optional<InetSocketAddress> serve() {
        if (endpoint == null) {
            endpoint = MetricsEndpoint.start(address, registry);
        }
        return Optional.of(endpoint.address());
    }

    @Override
    public synchronized void close() {
        if (endpoint != null) {
            endpoint.close();
        }
        garbageCollection.close();
        heapPressure.close();
        registry.close();
    }
}
