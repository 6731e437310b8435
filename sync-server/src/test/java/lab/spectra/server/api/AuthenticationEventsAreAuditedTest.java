package lab.spectra.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.audit.AuditChain;
import lab.spectra.model.audit.AuditEntry;
import lab.spectra.model.auth.Role;
import lab.spectra.model.jdbc.RowMapping;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.model.protocol.Table;
import lab.spectra.server.audit.AuthenticationAudit;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sign-in, a failed sign-in, sign-out and the reuse of a spent refresh token each leave an entry in
 * the account's organization's audit trail, in its hash chain; so does an event other code
 * records (a device key registered).
 */
class AuthenticationEventsAreAuditedTest {

    private static TestServer server;
    private static Organization lab;
    private static UserAccount person;

    @BeforeAll
    static void serverWithOnePerson() {
        server = TestServer.start();
        lab = server.organization("audited");
        person = server.account(lab, "ada@audited.test", "the-right-password", Role.ENGINEER);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<AuditEntry> trail() throws SQLException {
        RowMapping<AuditEntry> mapping = RowMapping.of(Table.AUDIT_LOG);
        List<AuditEntry> entries = new ArrayList<>();
        try (Connection owner = server.postgres.ownerConnection();
                PreparedStatement select =
                        owner.prepareStatement(mapping.select() + " WHERE organization_id = ? ORDER BY sequence")) {
            select.setObject(1, lab.id());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(mapping.read(rows, DomainJson.newMapper()));
                }
            }
        }
        return entries;
    }

    private static List<String> actionsAbout(UUID user) throws SQLException {
        return trail().stream()
                .filter(entry -> user.equals(entry.recordId()) && entry.action().startsWith("auth:"))
                .map(AuditEntry::action)
                .toList();
    }

    @Test
    void aSessionFromFailedSignInToReusedRefreshTokenIsInTheTrail() throws SQLException {
        assertThat(server.login("ada@audited.test", "wrong-password").status()).isEqualTo(401);
        Http.Response session = server.login("ada@audited.test", "the-right-password");
        String access = session.body().get("access_token").asText();
        String first = session.body().get("refresh_token").asText();
        String second = server.http
                .post("/auth/refresh", null, Map.of("refresh_token", first))
                .body()
                .get("refresh_token")
                .asText();
        assertThat(server.http
                        .post("/auth/refresh", null, Map.of("refresh_token", first))
                        .status())
                .isEqualTo(401);
        Http.Response again = server.login("ada@audited.test", "the-right-password");
        server.http.post(
                "/auth/logout",
                again.body().get("access_token").asText(),
                Map.of("refresh_token", again.body().get("refresh_token").asText()));

        assertThat(actionsAbout(person.id()))
                .containsExactly(
                        "auth:SignInFailed", "auth:SignIn", "auth:RefreshTokenReused", "auth:SignIn", "auth:SignOut");
        assertThat(access).isNotBlank();
        assertThat(second).isNotEqualTo(first);
        AuditEntry failed = trail().stream()
                .filter(entry -> entry.action().equals("auth:SignInFailed"))
                .findFirst()
                .orElseThrow();
        assertThat(failed.actorId()).isEqualTo(person.id());
        assertThat(failed.reason()).isEqualTo("wrong password");
        assertThat(failed.newValue().get("client_address").asText()).isNotBlank();
        assertThat(AuditChain.verify(trail())).as("the chain is intact").isEqualTo(Optional.empty());
    }

    @Test
    void otherCodeAppendsItsOwnAuthenticationEvents() throws SQLException {
        UserAccount other = server.account(lab, "grace@audited.test", "the-right-password", Role.TECHNICIAN);
        server.server
                .parts()
                .authenticationAudit()
                .record(new AuthenticationAudit.Event(
                        AuthenticationAudit.Kind.DEVICE_KEY_REGISTERED,
                        lab.id(),
                        other.id(),
                        "192.0.2.10",
                        null,
                        "bench PC 7"));

        assertThat(actionsAbout(other.id())).containsExactly("auth:DeviceKeyRegistered");
        assertThat(AuditChain.verify(trail())).isEqualTo(Optional.empty());
    }
}
