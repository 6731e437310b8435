package lab.spectra.server.auth.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The password policy where passwords are set: twelve characters at least, none of the common ones. */
class NewPasswordsMustBeLongAndUncommonTest {

    private static final PasswordPolicy POLICY = PasswordPolicy.baseline();

    private static PasswordPolicy.Verdict check(String password) {
        return POLICY.check(password.toCharArray());
    }

    @Test
    void elevenCharactersAreTooFew() {
        assertThat(check("Zq7!mK2#pL9")).isInstanceOf(PasswordPolicy.Unacceptable.class);
    }

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertThat(check("anneal-wafer-7-under-argon")).isInstanceOf(PasswordPolicy.Acceptable.class);
    }

    @Test
    void aCommonPasswordOfTwelveCharactersIsRefused() {
        assertThat(check("1qaz2wsx3edc")).isInstanceOf(PasswordPolicy.Unacceptable.class);
        assertThat(check("QWERTY123456")).isInstanceOf(PasswordPolicy.Unacceptable.class);
    }

    @Test
    void aCommonPasswordWithDigitsAndSignsAddedIsRefused() {
        assertThat(check("Password2024!")).isInstanceOf(PasswordPolicy.Unacceptable.class);
        assertThat(check("iloveyou12345")).isInstanceOf(PasswordPolicy.Unacceptable.class);
    }

    @Test
    void oneRepeatedCharacterIsRefused() {
        assertThat(check("aaaaaaaaaaaaaaaa")).isInstanceOf(PasswordPolicy.Unacceptable.class);
    }

    @Test
    void anOrganizationMayAskForLongerPasswords() throws Exception {
        PasswordPolicy strict =
                POLICY.forOrganization(new ObjectMapper().readTree("{\"password_policy\": {\"min_length\": 16}}"));

        assertThat(strict.minimumLength()).isEqualTo(16);
        assertThat(strict.check("anneal-wafer-7".toCharArray())).isInstanceOf(PasswordPolicy.Unacceptable.class);
    }

    @Test
    void anOrganizationCannotLoosenThePolicy() throws Exception {
        PasswordPolicy loose =
                POLICY.forOrganization(new ObjectMapper().readTree("{\"password_policy\": {\"min_length\": 6}}"));

        assertThat(loose.minimumLength()).isEqualTo(12);
        assertThat(loose.check("wafer-7".toCharArray())).isInstanceOf(PasswordPolicy.Unacceptable.class);
    }

    @Test
    void theShippedListHoldsTenThousandPasswords() throws Exception {
        try (var lines = new BufferedReader(new InputStreamReader(
                PasswordPolicy.class.getResourceAsStream("common-passwords.txt"), StandardCharsets.UTF_8))) {
            assertThat(lines.lines().filter(line -> !line.startsWith("#")).distinct())
                    .hasSize(10_000);
        }
    }
}
