package lab.spectra.desktop.admin.settings;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.org.OrganizationSettings;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The settings screen shows the lab's settings, saves a change, and refuses a looser password policy in words. */
class AnAdminChangesTheLabsSettingsFromTheScreenTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("settings-ui");

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private UiBench admin;

    private void showSettings() {
        admin = window.signIn(org, "admin");
        window.show(() -> Views.load(new SettingsController(admin.screens.settings())));
    }

    private void replace(FxRobot robot, String field, String text) {
        TextField input = robot.lookup(field).queryAs(TextField.class);
        robot.interact(input::clear);
        robot.clickOn(input).write(text);
    }

    private OrganizationSettings onTheServer() {
        return admin.workstation
                .adminClient()
                .settings(admin.workstation.sessions().all().iterator().next());
    }

    private String message(FxRobot robot) {
        return robot.lookup("#settings-message").queryAs(Label.class).getText();
    }

    @Test
    @Timeout(60)
    void aShorterGraceIsSavedOnTheServer(FxRobot robot) {
        showSettings();
        assertThat(robot.lookup("#setting-offline-grace-days")
                        .queryAs(TextField.class)
                        .getText())
                .isEqualTo("7");

        replace(robot, "#setting-offline-grace-days", "3");
        robot.clickOn("#save-settings");

        assertThat(message(robot)).startsWith("Saved");
        assertThat(onTheServer().offlineGraceDays()).isEqualTo(3);
    }

    @Test
    @Timeout(60)
    void aPasswordMinimumBelowTheServersIsRefusedInWordsAndNothingIsSaved(FxRobot robot) {
        showSettings();

        replace(robot, "#setting-password-min-length", "8");
        robot.clickOn("#save-settings");

        assertThat(message(robot)).contains("Shortest password").contains("the server's minimum");
        assertThat(onTheServer()).isEqualTo(OrganizationSettings.DEFAULTS);
    }
}
