package lab.spectra.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import lab.spectra.model.auth.Role;
import lab.spectra.model.id.Ids;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.UserAccount;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server purges refresh tokens long expired by itself, on its housekeeping schedule. */
class ExpiredRefreshTokensArePurgedOnAScheduleTest {

    private static TestServer server;
    private static Organization lab;
    private static UserAccount person;

    @BeforeAll
    static void serverWithFrequentHousekeeping() {
        server = TestServer.start(builder -> builder.protection(
                ServerConfig.Protection.defaults().withHousekeepingInterval(Duration.ofMillis(200))));
        lab = server.organization("purge");
        person = server.account(lab, "ada@purge.test", "the-right-password", Role.ENGINEER);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static UUID tokenExpiredDaysAgo(int days) throws SQLException {
        UUID id = Ids.newId();
        OffsetDateTime expired = OffsetDateTime.now(ZoneOffset.UTC).minusDays(days);
        try (Connection owner = server.postgres.ownerConnection();
                PreparedStatement insert = owner.prepareStatement("INSERT INTO refresh_tokens (id, organization_id,"
                        + " user_id, family_id, secret_hash, issued_at, expires_at, session_expires_at)"
                        + " VALUES (?, ?, ?, ?, 'x', ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setObject(2, lab.id());
            insert.setObject(3, person.id());
            insert.setObject(4, Ids.newId());
            insert.setObject(5, expired.minusDays(14));
            insert.setObject(6, expired);
            insert.setObject(7, expired);
            insert.executeUpdate();
        }
        return id;
    }

    private static boolean exists(UUID token) throws SQLException {
        try (Connection owner = server.postgres.ownerConnection();
                PreparedStatement select = owner.prepareStatement("SELECT 1 FROM refresh_tokens WHERE id = ?")) {
            select.setObject(1, token);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    @Test
    void aTokenExpiredLongerThanASessionLivesIsDeletedWithoutAnyoneAsking() throws Exception {
        UUID old = tokenExpiredDaysAgo(120);
        UUID recent = tokenExpiredDaysAgo(10);

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (exists(old) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        assertThat(exists(old)).as("expired 120 days ago").isFalse();
        assertThat(exists(recent))
                .as("expired 10 days ago: kept, so that a late reuse is still recognised")
                .isTrue();
    }
}
