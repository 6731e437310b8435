package lab.spectra.server.auth.login;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.org.OrganizationSettings;
import org.junit.jupiter.api.Test;

/** The minimum an admin saves in the organization's settings is the one the password policy checks. */
class ThePasswordMinimumSetInTheSettingsIsEnforcedTest {

    private final PasswordPolicy baseline = PasswordPolicy.baseline();

    @Test
    void aSixteenCharacterMinimumRefusesAFourteenCharacterPassword() {
        OrganizationSettings tighter = new OrganizationSettings(7, 7, 7, 30, 100, 16);

        PasswordPolicy policy = baseline.forOrganization(tighter.storedIn(JsonObjects.empty()));

        assertThat(policy.check("violet-lantern".toCharArray())).isInstanceOf(PasswordPolicy.Unacceptable.class);
        assertThat(policy.check("violet-lantern-42".toCharArray())).isInstanceOf(PasswordPolicy.Acceptable.class);
    }

    @Test
    void theServersFloorIsTheSettingsFloor() {
        assertThat(OrganizationSettings.Field.PASSWORD_MIN_LENGTH.min()).isEqualTo(PasswordPolicy.MINIMUM_LENGTH);
    }
}
