package lab.spectra.desktop.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.FormValidation;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Start a run marks a locked instrument with the reason the run could not start; Record a result
 * marks a value that is no number, in the words the screen uses when it refuses.
 */
class TheRunFormsMarkWhatTheirChecksWouldRefuseTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("run-forms-ui");

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final AtomicReference<RunsController> screen = new AtomicReference<>();

    private void showRuns() {
        UiBench bench = window.signIn(org, "tech");
        RunsViewModel model = bench.screens.runs(
                FXCollections.observableArrayList(bench.session.lockouts().evaluate()));
        window.show(() -> {
            screen.set(new RunsController(model));
            return Views.load(screen.get());
        });
    }

    @Test
    @Timeout(60)
    void aLockedInstrumentIsMarkedWithTheReason(FxRobot robot) {
        Instant now = Instant.now();
        testbed.lab.calibrate(
                org,
                testbed.lab.instrument(org, "XRD-02", InstrumentKind.XRD),
                now.minus(Duration.ofDays(400)),
                now.minus(Duration.ofDays(1)));
        showRuns();
        ComboBox<InstrumentLockout> instrument = robot.lookup("#run-instrument").queryComboBox();

        robot.interact(() -> instrument.getSelectionModel().select(0));

        assertThat(screen.get().startValidation().problemOf(instrument))
                .hasValueSatisfying(problem -> assertThat(problem)
                        .startsWith("Calibration expired for XRD-02 on ")
                        .endsWith(": runs cannot start on it"));
        assertThat(instrument.getStyleClass()).contains(FormValidation.INVALID);
    }

    @Test
    @Timeout(60)
    void aValueThatIsNoNumberIsMarked(FxRobot robot) {
        showRuns();
        TextField value = robot.lookup("#result-value").queryAs(TextField.class);

        robot.clickOn("#result-value").write("5.43 V");

        assertThat(screen.get().resultValidation().problemOf(value)).contains("The value must be a number, e.g. 5.431");
        assertThat(value.getStyleClass()).contains(FormValidation.INVALID);

        robot.interact(() -> value.setText("5,431"));

        assertThat(screen.get().resultValidation().problemOf(value)).isEmpty();
        assertThat(value.getStyleClass()).doesNotContain(FormValidation.INVALID);
    }
}
