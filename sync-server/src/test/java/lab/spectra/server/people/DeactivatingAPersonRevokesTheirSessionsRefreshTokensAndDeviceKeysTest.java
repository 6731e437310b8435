package lab.spectra.server.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.ECKey;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import lab.spectra.model.auth.Role;
import lab.spectra.model.id.Ids;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.trust.DeviceKeys;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An admin deactivates a person on the People screen: at once their access and refresh tokens
 * stop working and their device keys are revoked; reactivated, they sign in again.
 */
class DeactivatingAPersonRevokesTheirSessionsRefreshTokensAndDeviceKeysTest {

    private static PeopleDesk desk;

    @BeforeAll
    static void lab() {
        desk = new PeopleDesk("leavers");
    }

    @AfterAll
    static void stop() {
        desk.close();
    }

    @Test
    void everythingThePersonCouldActWithStopsAtOnce() throws SQLException {
        UserAccount bob = desk.account("bob@leavers.test", Role.TECHNICIAN);
        Http.Response session = desk.server.login(bob.email(), PeopleDesk.PASSWORD);
        String access = session.body().get("access_token").asText();
        String refresh = session.body().get("refresh_token").asText();
        registerDeviceKey(access, bob.id());

        Http.Response deactivated = desk.deactivate(desk.adminToken(), bob.id(), "left the lab");

        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.body().at("/person/active").asBoolean()).isFalse();
        assertThat(desk.http().get("/auth/me", access).status()).isEqualTo(401);
        assertThat(desk.http()
                        .post("/auth/refresh", null, Map.of("refresh_token", refresh))
                        .status())
                .isEqualTo(401);
        assertThat(desk.column("SELECT retired_reason FROM device_keys WHERE user_id = ?", bob.id()))
                .containsExactly("revoked");
        Http.Response again = desk.server.login(bob.email(), PeopleDesk.PASSWORD);
        assertThat(again.code()).isEqualTo("account_disabled");
        assertThat(again.message()).contains("Administration > People").doesNotContain("ask an admin");
        assertThat(desk.auditedActions(bob.id())).contains("DeactivateUser", "auth:SessionsRevoked");
    }

    @Test
    void aReactivatedPersonSignsInAgain() throws SQLException {
        UserAccount carol = desk.account("carol@leavers.test", Role.ENGINEER);
        String admin = desk.adminToken();
        desk.deactivate(admin, carol.id(), "on leave");

        Http.Response reactivated =
                desk.http().post("/api/admin/people/" + carol.id() + "/reactivate", admin, Map.of("reason", "back"));

        assertThat(reactivated.status()).isEqualTo(200);
        assertThat(reactivated.body().at("/person/active").asBoolean()).isTrue();
        assertThat(desk.server.login(carol.email(), PeopleDesk.PASSWORD).status())
                .isEqualTo(200);
        assertThat(desk.auditedActions(carol.id())).contains("ReactivateUser");
    }

    @Test
    void aDeactivationWithoutAReasonIsRefusedAndChangesNothing() {
        UserAccount dan = desk.account("dan@leavers.test", Role.VIEWER);

        Http.Response refused = desk.deactivate(desk.adminToken(), dan.id(), " ");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(desk.server.login(dan.email(), PeopleDesk.PASSWORD).status()).isEqualTo(200);
    }

    private static void registerDeviceKey(String access, UUID userId) {
        ECKey key = DeviceKeys.generate();
        UUID workstation = Ids.newId();
        Http.Response registered = desk.http()
                .post(
                        "/sync/device-keys",
                        access,
                        Map.of(
                                "workstation_id", workstation.toString(),
                                "public_key", key.toPublicJWK().toJSONObject(),
                                "proof", DeviceKeys.proofOfPossession(key, userId, workstation)));
        assertThat(registered.status()).isEqualTo(201);
    }
}
