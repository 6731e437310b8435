package lab.spectra.desktop.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.scene.control.Label;
import lab.spectra.desktop.shell.Section;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The audit trail is offered to PIs, admins and viewers only, and, the log being kept on the server
 * alone, a person without an online session is told so in words instead of shown an empty list.
 */
class TheAuditViewerIsOnlineOnlyAndForThoseWhoMaySeeItTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("audit-offline");

    @RegisterExtension
    final FxWindow window = new FxWindow();

    @Test
    @Timeout(60)
    void onlyPisAdminsAndViewersAreOfferedTheAuditTrail() {
        for (String person : new String[] {"tech", "engineer", "pi", "admin", "viewer"}) {
            UiBench bench = window.signIn(org, person);
            boolean offered = bench.screens.offers(Section.AUDIT, bench.main());
            assertThat(offered).as(person).isEqualTo(!person.equals("tech") && !person.equals("engineer"));
        }
    }

    @Test
    @Timeout(60)
    void withoutAnOnlineSessionTheScreenSaysTheTrailIsOnTheServerOnly(FxRobot robot) {
        UiBench inspector = window.signIn(org, "viewer");
        inspector.workstation.sessions().signedOut(inspector.session.user().userId());

        window.show(() -> Views.load(
                new AuditController(inspector.screens.audit(), (owner, name, kind, extension) -> Optional.empty())));

        Label message = robot.lookup("#audit-message").queryAs(Label.class);
        FxWindow.awaitUntil(() -> !message.getText().isEmpty());
        assertThat(message.getText()).contains("kept on the lab's server only").contains("sign in while connected");
        assertThat(robot.lookup("#audit-entries").queryTableView().getItems()).isEmpty();
    }
}
