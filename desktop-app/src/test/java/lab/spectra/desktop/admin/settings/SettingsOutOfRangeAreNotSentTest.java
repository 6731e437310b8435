package lab.spectra.desktop.admin.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import lab.spectra.desktop.testing.CurrentThreadTaskRunner;
import lab.spectra.model.org.OrganizationSettings;
import lab.spectra.model.org.OrganizationSettings.Field;
import org.junit.jupiter.api.Test;

/** Without a server: the form sends only whole numbers in range and names each field it refuses. */
class SettingsOutOfRangeAreNotSentTest {

    /** Settings kept in memory, recording what was saved. */
    private static final class Kept implements LabSettings {
        final List<OrganizationSettings> saved = new ArrayList<>();

        @Override
        public OrganizationSettings load() {
            return OrganizationSettings.DEFAULTS;
        }

        @Override
        public OrganizationSettings save(OrganizationSettings settings) {
            saved.add(settings);
            return settings;
        }
    }

    private final Kept kept = new Kept();
    private final SettingsViewModel model = new SettingsViewModel(kept, new CurrentThreadTaskRunner());

    @Test
    void theLoadedSettingsFillTheForm() {
        assertThat(model.field(Field.OFFLINE_GRACE_DAYS).get()).isEqualTo("7");
        assertThat(model.field(Field.PASSWORD_MIN_LENGTH).get()).isEqualTo("12");
    }

    @Test
    void textAFractionAndALooserPasswordAreRefusedAndNothingIsSent() {
        model.field(Field.OFFLINE_GRACE_DAYS).set("a week");
        model.field(Field.ATTACHMENT_LIMIT_MB).set("2.5");
        model.field(Field.PASSWORD_MIN_LENGTH).set("8");

        model.save();

        assertThat(kept.saved).isEmpty();
        assertThat(model.message().get().lines())
                .hasSize(3)
                .anySatisfy(line -> assertThat(line).startsWith("Offline sign-in allowed for"))
                .anySatisfy(line -> assertThat(line).startsWith("Largest attachment"))
                .anySatisfy(line -> assertThat(line).contains("the server's minimum"));
    }

    @Test
    void wholeNumbersInRangeAreSent() {
        model.field(Field.CALIBRATION_WARNING_DAYS).set(" 21 ");

        model.save();

        assertThat(kept.saved)
                .singleElement()
                .extracting(OrganizationSettings::calibrationWarningDays)
                .isEqualTo(21);
        assertThat(model.message().get()).startsWith("Saved");
    }
}
