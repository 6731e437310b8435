package lab.spectra.desktop.admin.workstations;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import lab.spectra.desktop.auth.AdminClient;
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
 * The admin sees the lab's benches with the people who worked there, and revokes the technician's
 * lost one with a reason; that bench deletes its data at its next sync.
 */
class AnAdminRevokesALostWorkstationFromTheScreenTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("workstations-ui");

    @RegisterExtension
    final FxWindow window = new FxWindow();

    @Test
    @Timeout(90)
    void theTechniciansBenchIsRevokedAndWipesItselfAtItsNextSync(FxRobot robot) {
        UiBench lost = window.signIn(org, "tech");
        UiBench admin = window.signIn(org, "admin");
        window.show(() -> Views.load(new WorkstationsController(admin.screens.workstations())));

        TableView<AdminClient.LabWorkstation> table =
                robot.lookup("#workstations-table").queryTableView();
        assertThat(table.getItems()).hasSize(2);
        AdminClient.LabWorkstation techBench = table.getItems().stream()
                .filter(bench -> bench.workstationId().equals(lost.workstation.workstationId()))
                .findFirst()
                .orElseThrow();
        assertThat(WorkstationsViewModel.people(techBench))
                .isEqualTo("tech of " + org.organization().slug());

        robot.interact(() -> table.getSelectionModel().select(techBench));
        assertThat(robot.lookup("#revoke-workstation").queryAs(Button.class).isDisabled())
                .as("no reason given yet")
                .isTrue();
        robot.clickOn("#revoke-reason").write("Laptop left on the train");
        robot.clickOn("#revoke-workstation");

        assertThat(robot.lookup("#workstations-message").queryAs(Label.class).getText())
                .contains("is revoked");
        assertThat(table.getItems().stream()
                        .filter(bench -> bench.workstationId().equals(techBench.workstationId()))
                        .findFirst()
                        .orElseThrow()
                        .revokedReason())
                .isEqualTo("Laptop left on the train");

        lost.workstation.sync().syncNow();
        assertThat(lost.workstation.isOpen()).isFalse();
        assertThat(lost.workstation.wipeNotice())
                .hasValueSatisfying(notice -> assertThat(notice).contains("Laptop left on the train"));
    }
}
