package lab.spectra.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ThePoolAndJvmMetricsArePresentTest {

    private final MeteredServer metered = MeteredServer.get();

    @Test
    void bothConnectionPoolsReportTheirConnectionsAndWaits() {
        Scrape scrape = metered.scrape();

        for (String pool : new String[] {"spectra-app", "spectra-login"}) {
            Map<String, String> ofPool = Map.of("pool", pool);
            assertThat(scrape.samples("hikaricp_connections_active", ofPool))
                    .as(pool)
                    .hasSize(1);
            assertThat(scrape.samples("hikaricp_connections_pending", ofPool))
                    .as(pool)
                    .hasSize(1);
            assertThat(scrape.samples("hikaricp_connections_timeout_total", ofPool))
                    .as(pool)
                    .hasSize(1);
            assertThat(scrape.samples("hikaricp_connections_acquire_seconds_count", ofPool))
                    .as(pool)
                    .hasSize(1);
        }
        assertThat(scrape.value("hikaricp_connections_max", Map.of("pool", "spectra-app")))
                .isEqualTo(10);
    }

    @Test
    void theJvmReportsMemoryGarbageCollectionThreadsAndClasses() {
        Scrape scrape = metered.scrape();

        assertThat(scrape.samples("jvm_memory_used_bytes", Map.of("area", "heap")))
                .isNotEmpty();
        assertThat(scrape.samples("jvm_gc_memory_allocated_bytes_total", Map.of()))
                .hasSize(1);
        assertThat(scrape.value("jvm_threads_live_threads", Map.of())).isPositive();
        assertThat(scrape.value("jvm_classes_loaded_classes", Map.of())).isPositive();
    }

    @Test
    void theProcessReportsItsCpuUptimeAndOpenFiles() {
        Scrape scrape = metered.scrape();

        assertThat(scrape.samples("process_cpu_usage", Map.of())).hasSize(1);
        assertThat(scrape.value("process_uptime_seconds", Map.of())).isPositive();
        assertThat(scrape.value("process_files_open_files", Map.of())).isPositive();
    }
}
