package lab.spectra.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import lab.spectra.model.auth.Role;
import lab.spectra.model.org.Organization;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Signing a notebook entry asks for the password again; those checks count towards the sign-in
 * throttle, so signing is no way around it.
 */
class PasswordReEntryForSignaturesIsThrottledTest {

    private static TestServer server;
    private static String token;
    private static String entry;

    @BeforeAll
    static void aTechnicianWithAnEntry() {
        server = TestServer.start();
        Organization lab = server.organization("signing");
        server.account(lab, "tess@signing.test", "the-right-password", Role.TECHNICIAN);
        token = server.login("tess@signing.test", "the-right-password")
                .body()
                .get("access_token")
                .asText();
        entry = server.http
                .post("/api/lims/eln", token, Map.of("title", "Observation", "body_markdown", "Leakage rose"))
                .body()
                .get("id")
                .asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Http.Response sign(String password) {
        return server.http.post(
                "/api/lims/eln/" + entry + "/sign", token, Map.of("meaning", "authored", "password", password));
    }

    @Test
    void afterFiveWrongPasswordsTheNextSignatureIsTurnedAwayWithARetryTime() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(sign("wrong-" + attempt).code()).isEqualTo("reauthentication_failed");
        }

        Http.Response blocked = sign("the-right-password");

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.code()).isEqualTo("too_many_attempts");
        assertThat(blocked.raw().headers().firstValue("Retry-After")).isPresent();
    }
}
