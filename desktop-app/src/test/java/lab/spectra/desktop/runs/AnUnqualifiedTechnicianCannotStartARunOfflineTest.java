package lab.spectra.desktop.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.desktop.sync.BenchReads;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.sample.Sample;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * With the server out of reach, the bench checks the operator's qualification itself: the start
 * is refused with the reason in words, and nothing is made or queued.
 */
class AnUnqualifiedTechnicianCannotStartARunOfflineTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("unqualified-run");

    @RegisterExtension
    final FxWindow window = new FxWindow();

    @Test
    @Timeout(60)
    void theStartIsRefusedWithTheReasonAndNothingIsQueued(FxRobot robot) {
        UUID ellipsometer = testbed.lab.instrumentWithValidCalibration(org, "ELL-01", InstrumentKind.ELLIPSOMETER);
        testbed.lab.approvedRecipe(org, "Film thickness", InstrumentKind.ELLIPSOMETER);
        testbed.lab.sample(org, "UQ-1");
        testbed.newcomer(org);
        FaultyProxy network = window.closeAfterTest(new FaultyProxy(testbed.serverUri()));
        UiBench bench = window.signIn(org, "newcomer", network.uri());
        network.mode(FaultyProxy.Mode.DOWN);
        RunsViewModel model = bench.screens.runs(
                FXCollections.observableArrayList(bench.session.lockouts().evaluate()));
        window.show(() -> Views.load(new RunsController(model)));

        ComboBox<Recipe> recipe = robot.lookup("#run-recipe").queryComboBox();
        ComboBox<InstrumentLockout> instrument = robot.lookup("#run-instrument").queryComboBox();
        ComboBox<Sample> sample = robot.lookup("#run-sample").queryComboBox();
        robot.interact(() -> {
            recipe.getSelectionModel().select(0);
            instrument.getSelectionModel().select(0);
            sample.getSelectionModel().select(0);
        });
        assertThat(instrument.getValue().instrument().id()).isEqualTo(ellipsometer);
        assertThat(instrument.getValue().locked()).isFalse();
        robot.clickOn("#start-run");

        FxWindow.awaitUntil(() ->
                !robot.lookup("#runs-message").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#runs-message").queryAs(Label.class).getText())
                .isEqualTo("newcomer of " + org.organization().slug()
                        + " is not qualified to run Film thickness v1 on an ellipsometer (no qualification on record)");
        assertThat(new RunQueries(new BenchReads(bench.workstation.commands()))
                        .page(null, 10)
                        .rows())
                .isEmpty();
        assertThat(bench.workstation.sync().status().pending()).isZero();
    }
}
