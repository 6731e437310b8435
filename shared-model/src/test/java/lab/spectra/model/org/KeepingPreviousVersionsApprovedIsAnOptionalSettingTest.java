package lab.spectra.model.org;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import lab.spectra.model.json.JsonObjects;
import org.junit.jupiter.api.Test;

/**
 * {@code keep_previous_versions_approved} came after the other settings: a client that does not
 * know it may leave it out and changes nothing about it, while a value sent is checked like any.
 */
class KeepingPreviousVersionsApprovedIsAnOptionalSettingTest {

    private static ObjectNode withoutTheNewSetting() {
        ObjectNode body = JsonObjects.empty();
        OrganizationSettings.DEFAULTS.writeTo(body);
        body.remove("keep_previous_versions_approved");
        return body;
    }

    @Test
    void aRequestWithoutItKeepsTheOrganizationsCurrentChoice() {
        OrganizationSettings keeping = OrganizationSettings.DEFAULTS.withKeepPreviousVersionsApproved(true);

        assertThat(OrganizationSettings.requested(withoutTheNewSetting(), keeping))
                .isEqualTo(new OrganizationSettings.Valid(keeping));
        assertThat(OrganizationSettings.requested(withoutTheNewSetting()))
                .isEqualTo(new OrganizationSettings.Valid(OrganizationSettings.DEFAULTS));
    }

    @Test
    void aValueOtherThanZeroOrOneIsRefused() {
        ObjectNode body = withoutTheNewSetting().put("keep_previous_versions_approved", 2);

        assertThat(OrganizationSettings.requested(body))
                .isEqualTo(new OrganizationSettings.Invalid(
                        List.of("keep_previous_versions_approved must be a whole number from 0 to 1")));
    }

    @Test
    void theChoiceIsStoredAndReadBack() {
        OrganizationSettings keeping = OrganizationSettings.DEFAULTS.withKeepPreviousVersionsApproved(true);

        OrganizationSettings read = OrganizationSettings.stored(keeping.storedIn(JsonObjects.empty()));

        assertThat(read.keepsPreviousVersionsApproved()).isTrue();
        assertThat(OrganizationSettings.DEFAULTS.keepsPreviousVersionsApproved())
                .isFalse();
    }
}
