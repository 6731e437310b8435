package lab.spectra.server.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Map;
import lab.spectra.model.auth.Role;
import lab.spectra.model.org.UserAccount;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A reset password is temporary: the person's sessions end, the old password stops working, and
 * the password they choose next (or one the admin types) must meet the password policy.
 */
class ResettingAPasswordEndsSessionsAndHoldsTheNewPasswordToThePolicyTest {

    private static PeopleDesk desk;

    @BeforeAll
    static void lab() {
        desk = new PeopleDesk("forgetful");
    }

    @AfterAll
    static void stop() {
        desk.close();
    }

    private static Http.Response reset(UserAccount person, Object body) {
        return desk.http().post("/api/admin/people/" + person.id() + "/reset-password", desk.adminToken(), body);
    }

    @Test
    void theOldPasswordAndSessionsEndAndTheNextPasswordMeetsThePolicy() throws SQLException {
        UserAccount erin = desk.account("erin@forgetful.test", Role.TECHNICIAN);
        String access = desk.token(erin.email(), PeopleDesk.PASSWORD);

        Http.Response reset = reset(erin, Map.of());

        assertThat(reset.status()).isEqualTo(200);
        String temporary = reset.body().get("temporary_password").asText();
        assertThat(desk.http().get("/auth/me", access).status()).isEqualTo(401);
        assertThat(desk.server.login(erin.email(), PeopleDesk.PASSWORD).status())
                .isEqualTo(401);
        assertThat(desk.server.login(erin.email(), temporary).code()).isEqualTo("password_change_required");
        Http.Response tooShort = desk.changePassword(erin.email(), temporary, "short-1");
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.message()).contains("at least 12 characters");
        Http.Response same = desk.changePassword(erin.email(), temporary, temporary);
        assertThat(same.status()).isEqualTo(422);
        assertThat(desk.changePassword(erin.email(), temporary, "erin-remembers-this-one")
                        .status())
                .isEqualTo(200);
        assertThat(desk.auditedActions(erin.id())).contains("ResetPassword");
    }

    @Test
    void aTemporaryPasswordTheAdminTypesIsHeldToThePolicyToo() {
        UserAccount finn = desk.account("finn@forgetful.test", Role.VIEWER);

        Http.Response common = reset(finn, Map.of("temporary_password", "Password2024!"));

        assertThat(common.status()).isEqualTo(422);
        assertThat(common.code()).isEqualTo("password_not_acceptable");
        assertThat(desk.server.login(finn.email(), PeopleDesk.PASSWORD).status())
                .as("nothing changed")
                .isEqualTo(200);
    }
}
