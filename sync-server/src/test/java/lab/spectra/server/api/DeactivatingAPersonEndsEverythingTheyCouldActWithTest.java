package lab.spectra.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lab.spectra.model.auth.Role;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.UserAccount;
import lab.spectra.server.auth.UserDeactivation;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code deactivate-user} command: the account is inactive, its sessions end (access tokens
 * refused), its refresh tokens are revoked, and the change and its reason are audited.
 */
class DeactivatingAPersonEndsEverythingTheyCouldActWithTest {

    private static TestServer server;
    private static Organization lab;

    @BeforeAll
    static void serverWithALab() {
        server = TestServer.start();
        lab = server.organization("leaving");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> auditedActions(UserAccount person) throws SQLException {
        List<String> actions = new ArrayList<>();
        try (Connection owner = server.postgres.ownerConnection();
                PreparedStatement select = owner.prepareStatement(
                        "SELECT action, reason FROM audit_log WHERE record_id = ? ORDER BY sequence")) {
            select.setObject(1, person.id());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1) + (rows.getString(2) == null ? "" : " (" + rows.getString(2) + ")"));
                }
            }
        }
        return actions;
    }

    @Test
    void afterDeactivationNeitherTheAccessNorTheRefreshTokensWork() throws SQLException {
        UserAccount person = server.account(lab, "bob@leaving.test", "the-right-password", Role.TECHNICIAN);
        Http.Response laptop = server.login("bob@leaving.test", "the-right-password");
        Http.Response bench = server.login("bob@leaving.test", "the-right-password");

        UserDeactivation.Outcome outcome =
                server.server.parts().deactivation().deactivate("Bob@Leaving.test", "left the lab", null);

        assertThat(outcome).isInstanceOf(UserDeactivation.Deactivated.class);
        UserDeactivation.Deactivated done = (UserDeactivation.Deactivated) outcome;
        assertThat(done.wasActive()).isTrue();
        assertThat(done.sessionsEnded()).isEqualTo(2);
        for (Http.Response session : List.of(laptop, bench)) {
            assertThat(server.http
                            .get("/auth/me", session.body().get("access_token").asText())
                            .status())
                    .isEqualTo(401);
            assertThat(server.http
                            .post(
                                    "/auth/refresh",
                                    null,
                                    Map.of(
                                            "refresh_token",
                                            session.body().get("refresh_token").asText()))
                            .status())
                    .isEqualTo(401);
        }
        assertThat(server.login("bob@leaving.test", "the-right-password").code())
                .isEqualTo("account_disabled");
        assertThat(auditedActions(person))
                .contains("DeactivateUser (left the lab)")
                .anySatisfy(action -> assertThat(action).startsWith("auth:SessionsRevoked"));
    }

    @Test
    void anUnknownAddressChangesNothing() {
        assertThat(server.server.parts().deactivation().deactivate("nobody@leaving.test", "typo", null))
                .isEqualTo(new UserDeactivation.NoSuchAccount("nobody@leaving.test"));
    }
}
