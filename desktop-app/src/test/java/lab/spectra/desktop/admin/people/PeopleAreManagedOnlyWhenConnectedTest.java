package lab.spectra.desktop.admin.people;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.ServerTables;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The People screen works on the server only: without it, it says so and changes nothing. */
class PeopleAreManagedOnlyWhenConnectedTest {

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("people-offline");
    private final FaultyProxy network = window.closeAfterTest(new FaultyProxy(testbed.serverUri()));

    @Test
    @Timeout(60)
    void withoutTheServerTheScreenSaysPeopleAreManagedOnlyWhenConnected(FxRobot robot) {
        UiBench admin = window.signIn(org, "admin", network.uri());
        window.show(() -> Views.load(new PeopleController(admin.screens.people())));
        Label offline = robot.lookup("#people-offline").queryAs(Label.class);
        FxWindow.awaitUntil(
                () -> !robot.lookup("#people-table").queryTableView().getItems().isEmpty());
        assertThat(offline.isVisible()).isFalse();

        network.mode(FaultyProxy.Mode.DOWN);
        robot.clickOn("#new-person-email").write("late@" + org.organization().slug() + ".test");
        robot.clickOn("#new-person-name").write("Late Comer");
        robot.clickOn("#add-person");

        FxWindow.awaitUntil(offline::isVisible);
        assertThat(offline.getText()).contains("only when connected");
        assertThat(robot.lookup("#people-error").queryAs(Label.class).getText()).contains("nothing was changed");
        assertThat(new ServerTables(testbed.lab, org).versions("users")).hasSize(5);
    }
}
