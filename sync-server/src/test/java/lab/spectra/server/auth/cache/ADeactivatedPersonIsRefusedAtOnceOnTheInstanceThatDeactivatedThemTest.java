package lab.spectra.server.auth.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import lab.spectra.server.testing.TwoInstances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With the person's token and account cached by an instance (they have just made requests there),
 * their deactivation by an admin on that instance refuses their very next request there.
 */
class ADeactivatedPersonIsRefusedAtOnceOnTheInstanceThatDeactivatedThemTest {

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
    void theNextRequestAfterTheDeactivationIsRefused() {
        String technician = TwoInstances.signIn(cluster.onFirst, cluster.technician);
        String admin = TwoInstances.signIn(cluster.onFirst, cluster.admin);
        assertThat(cluster.onFirst.get("/api/lims/samples?limit=10", technician).status())
                .isEqualTo(200);
        assertThat(cluster.onFirst.get("/auth/me", technician).status()).isEqualTo(200);

        assertThat(cluster.onFirst
                        .post(
                                cluster.peoplePath(cluster.technician.id()) + "/deactivate",
                                admin,
                                Map.of("reason", "left the lab"))
                        .status())
                .isEqualTo(200);

        assertThat(cluster.onFirst.get("/api/lims/samples?limit=10", technician).status())
                .isIn(401, 403);
        assertThat(cluster.onFirst.get("/auth/me", technician).status()).isIn(401, 403);
    }
}
