package lab.spectra.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Label;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.model.calibration.RevokeCalibration;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.run.StartRun;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * When a sync ends with a change the server refused, a notification in the corner of the main
 * window says so (ControlsFX), and clicking it opens Sync problems.
 */
class ARefusedChangeIsAnnouncedInTheCornerOfTheMainWindowTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("refusal-notice");

    @RegisterExtension
    final FxWindow window = new FxWindow();

    @Test
    @Timeout(60)
    void theNotificationNamesTheRefusalAndLeadsToSyncProblems(FxRobot robot) {
        var lab = testbed.lab;
        UUID instrument = lab.instrument(org, "SEM-02", InstrumentKind.SEM);
        UUID calibration = lab.calibrate(
                org,
                instrument,
                Instant.now().minus(Duration.ofDays(10)),
                Instant.now().plus(Duration.ofDays(200)));
        UUID recipe = lab.approvedRecipe(org, "SEM imaging", InstrumentKind.SEM);
        UUID sample = lab.sample(org, "AN-1");
        UiBench bench = window.signIn(org, "tech");
        // Revoked on the server before the bench next syncs: the bench still thinks SEM-02 is fine.
        lab.run(new RevokeCalibration(lab.meta(org.admin()), calibration, "Filament drift"), org.admin());
        bench.workstation
                .commands()
                .execute(new StartRun(bench.session.newMeta(), Ids.newId(), recipe, instrument, sample, null));
        MainViewModel main = bench.main();
        window.show(() -> bench.screens.mainWindow(main));
        assertThat(robot.lookup("." + MainController.SYNC_NOTICE).tryQuery()).isEmpty();

        bench.workstation.sync().syncNow();
        FxWindow.awaitUntil(
                () -> robot.lookup("." + MainController.SYNC_NOTICE).tryQuery().isPresent());

        Node notice = robot.lookup("." + MainController.SYNC_NOTICE).query();
        assertThat(robot.from(notice).lookup(".title").queryAs(Label.class).getText())
                .isEqualTo("The server refused a change");
        robot.clickOn(notice);
        assertThat(main.section().get()).isEqualTo(Section.PROBLEMS);
    }
}
