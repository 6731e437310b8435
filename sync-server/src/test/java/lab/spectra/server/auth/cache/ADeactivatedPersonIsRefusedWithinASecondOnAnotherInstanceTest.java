package lab.spectra.server.auth.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import lab.spectra.server.testing.TwoInstances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person working on one instance (their token and account cached there) is deactivated by an
 * admin on another: the first refuses them within a second, without a restart or a wait for the
 * token to expire. (Asking again for up to a second asserts the behaviour, not a speed.)
 */
class ADeactivatedPersonIsRefusedWithinASecondOnAnotherInstanceTest {

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
    void theOtherInstanceRefusesThemWithinASecond() throws InterruptedException {
        String technician = TwoInstances.signIn(cluster.onSecond, cluster.technician);
        String admin = TwoInstances.signIn(cluster.onFirst, cluster.admin);
        assertThat(cluster.onSecond
                        .get("/api/lims/samples?limit=10", technician)
                        .status())
                .isEqualTo(200);

        assertThat(cluster.onFirst
                        .post(
                                cluster.peoplePath(cluster.technician.id()) + "/deactivate",
                                admin,
                                Map.of("reason", "left the lab"))
                        .status())
                .isEqualTo(200);

        assertThat(TwoInstances.askUntil(
                                () -> cluster.onSecond.get("/api/lims/samples?limit=10", technician),
                                answer -> answer.status() != 200,
                                Duration.ofSeconds(1))
                        .status())
                .isIn(401, 403);
    }
}
