package lab.spectra.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.server.http.OperationIds;
import lab.spectra.server.testing.DemoServer;
import org.junit.jupiter.api.Test;

/**
 * A hand-given operationId belongs to a route the server serves: when a route is renamed or
 * removed its override goes too, rather than lingering to clash with a later route.
 */
class EveryOperationIdOverrideNamesAServedRouteTest {

    @Test
    void everyOverrideIsAServedRoute() {
        assertThat(DemoServer.get().server.servedRoutes()).containsAll(OperationIds.overridden());
    }
}
