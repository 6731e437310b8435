package lab.spectra.desktop.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.desktop.sync.BenchReads;
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

class ARunCannotStartOnALockedInstrumentTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("locked-run");

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private UiBench bench;

    @Test
    @Timeout(60)
    void startIsRefusedWithTheReasonAndNoRunIsMade(FxRobot robot) {
        Instant now = Instant.now();
        testbed.lab.calibrate(
                org,
                testbed.lab.instrument(org, "XRD-01", InstrumentKind.XRD),
                now.minus(Duration.ofDays(400)),
                now.minus(Duration.ofDays(1)));
        testbed.lab.approvedRecipe(org, "Theta-2theta", InstrumentKind.XRD);
        testbed.lab.sample(org, "LK-1");
        bench = window.signIn(org, "tech");
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

        assertThat(instrument.getValue().locked()).isTrue();
        assertThat(robot.lookup("#start-run").queryAs(Button.class).isDisabled())
                .isTrue();
        assertThat(robot.lookup("#start-blocked").queryAs(Label.class).getText())
                .startsWith("Calibration expired for XRD-01 on ")
                .endsWith(": runs cannot start on it");
        robot.interact(model::startRun);
        assertThat(new RunQueries(new BenchReads(bench.workstation.commands()))
                        .page(null, 10)
                        .rows())
                .isEmpty();
    }
}
