package lab.spectra.model.org;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What an admin sends is taken only whole and exact; what is stored is read forgivingly (an
 * organization made before a setting existed reads its default).
 */
class SettingsAreTakenOnlyAsWholeNumbersInRangeTest {

    private final ObjectMapper json = new ObjectMapper();

    private ObjectNode request() {
        ObjectNode body = json.createObjectNode();
        OrganizationSettings.DEFAULTS.writeTo(body);
        return body;
    }

    @Test
    void theDefaultsAsSentAreValid() {
        assertThat(OrganizationSettings.requested(request()))
                .isEqualTo(new OrganizationSettings.Valid(OrganizationSettings.DEFAULTS));
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        ObjectNode body = request().put("offline_grace_days", "7").put("attachment_limit_mb", 0.5);
        body.remove("offline_window_days");

        OrganizationSettings.Parsed parsed = OrganizationSettings.requested(body);

        assertThat(parsed)
                .isInstanceOfSatisfying(OrganizationSettings.Invalid.class, invalid -> assertThat(invalid.problems())
                        .hasSize(3)
                        .anySatisfy(problem -> assertThat(problem).startsWith("offline_grace_days"))
                        .anySatisfy(problem -> assertThat(problem).isEqualTo("offline_window_days is required"))
                        .anySatisfy(problem -> assertThat(problem).startsWith("attachment_limit_mb")));
    }

    @Test
    void aPasswordMinimumBelowTheFloorIsRefusedAsLooseningThePolicy() {
        OrganizationSettings.Parsed parsed = OrganizationSettings.requested(
                request().put("password_min_length", OrganizationSettings.PASSWORD_FLOOR - 1));

        assertThat(((OrganizationSettings.Invalid) parsed).problems())
                .singleElement()
                .asString()
                .contains("the server's minimum");
    }

    @Test
    void storedSettingsKeepOtherKeysAndPutThePasswordUnderItsPolicy() {
        ObjectNode stored = json.createObjectNode().put("theme", "dark");
        OrganizationSettings tighter = new OrganizationSettings(3, 5, 14, 45, 20, 16);

        ObjectNode written = tighter.storedIn(stored);

        assertThat(written.get("theme").asText()).isEqualTo("dark");
        assertThat(written.path("password_policy").path("min_length").asInt()).isEqualTo(16);
        assertThat(OrganizationSettings.stored(written)).isEqualTo(tighter);
        assertThat(stored.has("offline_grace_days"))
                .as("the original is left alone")
                .isFalse();
    }

    @Test
    void aStoredValueMissingOrOutOfRangeReadsAsItsDefault() {
        ObjectNode stored =
                json.createObjectNode().put("offline_grace_days", 900).put("offline_window_days", 3);

        OrganizationSettings read = OrganizationSettings.stored(stored);

        assertThat(read.offline().grace()).isEqualTo(Duration.ofDays(7));
        assertThat(read.offline().window()).isEqualTo(Duration.ofDays(3));
        assertThat(read.calibrationWarningDays()).isEqualTo(OrganizationSettings.DEFAULTS.calibrationWarningDays());
    }
}
