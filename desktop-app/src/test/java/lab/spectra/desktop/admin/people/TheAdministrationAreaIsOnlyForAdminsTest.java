package lab.spectra.desktop.admin.people;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Administration is in the navigation of admins only, and opens on its People tab. */
class TheAdministrationAreaIsOnlyForAdminsTest {

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final ServerLab.Org org = SyncTestbed.get().newOrganization("admin-area");

    private void showMainWindowOf(String who) {
        UiBench bench = window.signIn(org, who);
        window.show(() -> bench.screens.mainWindow(bench.main()));
    }

    @Test
    @Timeout(120)
    void everyOtherRoleHasNoAdministration(FxRobot robot) {
        for (String who : new String[] {"pi", "engineer", "tech", "viewer"}) {
            showMainWindowOf(who);
            assertThat(robot.lookup("#nav-dashboard").tryQuery()).as(who).isPresent();
            assertThat(robot.lookup("#nav-administration").tryQuery()).as(who).isEmpty();
        }
    }

    @Test
    @Timeout(60)
    void anAdminOpensAdministrationOnThePeopleTab(FxRobot robot) {
        showMainWindowOf("admin");

        robot.clickOn("#nav-administration");

        assertThat(robot.lookup("#admin-tab-people").tryQuery()).isPresent();
        FxWindow.awaitUntil(() -> robot.lookup("#people-table").tryQuery().isPresent());
    }
}
