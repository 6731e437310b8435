package lab.spectra.server.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.UUID;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An admin adds a person and is shown a temporary password once; with it the person gets no
 * session, only the request to choose their own password (held to the policy), after which they
 * are signed in. Every step is in the audit trail, never the password.
 */
class AnAddedPersonMustChooseTheirOwnPasswordAtFirstSignInTest {

    private static PeopleDesk desk;

    @BeforeAll
    static void lab() {
        desk = new PeopleDesk("firstday");
    }

    @AfterAll
    static void stop() {
        desk.close();
    }

    @Test
    void theTemporaryPasswordOnlyLetsThePersonChooseTheirOwn() throws SQLException {
        Http.Response added = desk.add(desk.adminToken(), "Tess@FirstDay.test", "Tess Technician", "technician");

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.body().at("/person/email").asText()).isEqualTo("tess@firstday.test");
        assertThat(added.body().at("/person/role").asText()).isEqualTo("technician");
        String temporary = added.body().get("temporary_password").asText();
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);

        Http.Response firstTry = desk.server.login("tess@firstday.test", temporary);
        assertThat(firstTry.status()).isEqualTo(403);
        assertThat(firstTry.code()).isEqualTo("password_change_required");
        assertThat(firstTry.body().has("access_token")).isFalse();

        Http.Response weak = desk.changePassword("tess@firstday.test", temporary, "password1234");
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.code()).isEqualTo("password_not_acceptable");
        assertThat(desk.server.login("tess@firstday.test", temporary).code())
                .as("a refused new password changes nothing")
                .isEqualTo("password_change_required");

        Http.Response changed = desk.changePassword("tess@firstday.test", temporary, "tess-own-passphrase-42");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(desk.http()
                        .get("/auth/me", changed.body().get("access_token").asText())
                        .body()
                        .get("email")
                        .asText())
                .isEqualTo("tess@firstday.test");
        assertThat(desk.server
                        .login("tess@firstday.test", "tess-own-passphrase-42")
                        .status())
                .isEqualTo(200);
        assertThat(desk.server.login("tess@firstday.test", temporary).status()).isEqualTo(401);

        UUID tess = UUID.fromString(added.body().at("/person/id").asText());
        assertThat(desk.auditedActions(tess)).contains("CreateUser", "auth:PasswordChanged");
        assertThat(desk.column("SELECT count(*) FROM audit_log WHERE new_value::text LIKE ?", "%" + temporary + "%"))
                .containsExactly("0");
    }

    @Test
    void anAddressInUseIsRefusedAndNothingIsAdded() throws SQLException {
        String admin = desk.adminToken();
        assertThat(desk.add(admin, "dup@firstday.test", "First", "viewer").status())
                .isEqualTo(201);

        Http.Response again = desk.add(admin, "DUP@firstday.test", "Second", "engineer");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("email_taken");
        assertThat(desk.column("SELECT display_name FROM users WHERE email = ?", "dup@firstday.test"))
                .containsExactly("First");
    }

    @Test
    void badInputIsRefusedInWordsAndNothingIsAdded() throws SQLException {
        String admin = desk.adminToken();
        Http.Response noAddress = desk.add(admin, "not-an-address", "Nemo", "viewer");
        Http.Response noName = desk.add(admin, "nemo@firstday.test", " ", "viewer");
        Http.Response noRole = desk.add(admin, "nemo@firstday.test", "Nemo", "wizard");

        for (Http.Response refused : java.util.List.of(noAddress, noName, noRole)) {
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.code()).isEqualTo("invalid_input");
            assertThat(refused.message()).isNotBlank();
        }
        assertThat(desk.column("SELECT email FROM users WHERE email LIKE ?", "nemo%"))
                .isEmpty();
    }
}
