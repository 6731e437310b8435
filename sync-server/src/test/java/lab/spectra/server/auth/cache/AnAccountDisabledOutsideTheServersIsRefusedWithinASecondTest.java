package lab.spectra.server.auth.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.TwoInstances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An account disabled by something other than a running instance (a command-line tool's
 * transaction; here a plain UPDATE, which ends no session) is refused by every instance that had
 * it in memory within a second: the database itself announces every change to {@code users}.
 */
class AnAccountDisabledOutsideTheServersIsRefusedWithinASecondTest {

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
    void bothInstancesAnswerThatTheAccountIsDisabled() throws Exception {
        String technician = TwoInstances.signIn(cluster.onFirst, cluster.technician);
        assertThat(cluster.onFirst.get("/auth/me", technician).status()).isEqualTo(200);
        assertThat(cluster.onSecond.get("/auth/me", technician).status()).isEqualTo(200);

        try (Connection owner = cluster.postgres.ownerConnection();
                PreparedStatement disable = owner.prepareStatement("UPDATE users SET active = false WHERE id = ?")) {
            disable.setObject(1, cluster.technician.id());
            assertThat(disable.executeUpdate()).isEqualTo(1);
        }

        for (Http instance : new Http[] {cluster.onFirst, cluster.onSecond}) {
            Http.Response answer = TwoInstances.askUntil(
                    () -> instance.get("/auth/me", technician),
                    response -> response.status() != 200,
                    Duration.ofSeconds(1));
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.code()).isEqualTo("account_disabled");
        }
    }
}
