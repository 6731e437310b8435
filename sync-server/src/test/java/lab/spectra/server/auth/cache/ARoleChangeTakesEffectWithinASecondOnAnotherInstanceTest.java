package lab.spectra.server.auth.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import lab.spectra.server.testing.TwoInstances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A role changed on one instance reaches another that has the person's account in memory within a
 * second, through the database's notice (asked again for up to a second: behaviour, not speed).
 */
class ARoleChangeTakesEffectWithinASecondOnAnotherInstanceTest {

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
    void theOtherInstanceSeesTheNewRoleWithinASecond() throws InterruptedException {
        String technician = TwoInstances.signIn(cluster.onSecond, cluster.technician);
        String admin = TwoInstances.signIn(cluster.onFirst, cluster.admin);
        assertThat(cluster.onSecond
                        .get("/auth/me", technician)
                        .body()
                        .get("role")
                        .asText())
                .isEqualTo("technician");

        assertThat(cluster.onFirst
                        .put(cluster.peoplePath(cluster.technician.id()) + "/role", admin, Map.of("role", "viewer"))
                        .status())
                .isEqualTo(200);

        assertThat(TwoInstances.askUntil(
                                () -> cluster.onSecond.get("/auth/me", technician),
                                answer -> answer.body().path("role").asText().equals("viewer"),
                                Duration.ofSeconds(1))
                        .body()
                        .get("role")
                        .asText())
                .isEqualTo("viewer");
    }
}
