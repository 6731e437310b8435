package lab.spectra.desktop.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javafx.scene.control.TableView;
import lab.spectra.desktop.sync.SyncProblem;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.calibration.RevokeCalibration;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.run.StartRun;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class ARefusedChangeIsListedWithItsReasonTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("problems-ui");

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private UiBench bench;

    @Test
    @Timeout(60)
    void aRunRefusedForARevokedCalibrationAppearsWithTheReasonUntilAcknowledged(FxRobot robot) {
        var lab = testbed.lab;
        UUID instrument = lab.instrument(org, "SEM-01", InstrumentKind.SEM);
        UUID calibration = lab.calibrate(
                org,
                instrument,
                Instant.now().minus(Duration.ofDays(10)),
                Instant.now().plus(Duration.ofDays(200)));
        UUID recipe = lab.approvedRecipe(org, "SEM imaging", InstrumentKind.SEM);
        UUID sample = lab.sample(org, "PB-1");
        bench = window.signIn(org, "tech");
        // Revoked on the server before the bench next syncs: the bench still thinks SEM-01 is fine.
        lab.run(new RevokeCalibration(lab.meta(org.admin()), calibration, "Filament drift"), org.admin());
        bench.workstation
                .commands()
                .execute(new StartRun(bench.session.newMeta(), Ids.newId(), recipe, instrument, sample, null));
        bench.workstation.sync().syncNow();

        window.show(() -> Views.load(new ProblemsController(bench.screens.problems())));

        TableView<SyncProblem> table = robot.lookup("#problems-table").queryTableView();
        assertThat(table.getItems()).hasSize(1);
        assertThat(table.getItems().get(0).message()).startsWith("Calibration for SEM-01 was revoked on ");
        assertThat(robot.lookup("Calibration for SEM-01 was revoked on "
                                + table.getItems()
                                        .get(0)
                                        .message()
                                        .substring("Calibration for SEM-01 was revoked on ".length()))
                        .tryQuery())
                .isPresent();

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#acknowledge-problem");

        assertThat(table.getItems()).isEmpty();
        assertThat(bench.workstation.problems().open()).isEmpty();
    }
}
