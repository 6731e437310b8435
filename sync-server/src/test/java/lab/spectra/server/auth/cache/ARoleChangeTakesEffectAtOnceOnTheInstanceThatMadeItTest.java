package lab.spectra.server.auth.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import lab.spectra.server.testing.TwoInstances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A role change keeps the person's sessions (unlike a deactivation), so only the account read
 * per request can carry it: the instance that made the change answers with the new role at once,
 * although it had the person's account in memory.
 */
class ARoleChangeTakesEffectAtOnceOnTheInstanceThatMadeItTest {

    private static TwoInstances cluster;

    @BeforeAll
    static void start() {
        cluster = TwoInstances.start();
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void theNextRequestSeesTheNewRole() {
        String technician = TwoInstances.signIn(cluster.onFirst, cluster.technician);
        String admin = TwoInstances.signIn(cluster.onFirst, cluster.admin);
        assertThat(cluster.onFirst
                        .get("/auth/me", technician)
                        .body()
                        .get("role")
                        .asText())
                .isEqualTo("technician");

        assertThat(cluster.onFirst
                        .put(cluster.peoplePath(cluster.technician.id()) + "/role", admin, Map.of("role", "viewer"))
                        .status())
                .isEqualTo(200);

        assertThat(cluster.onFirst
                        .get("/auth/me", technician)
                        .body()
                        .get("role")
                        .asText())
                .isEqualTo("viewer");
    }
}
