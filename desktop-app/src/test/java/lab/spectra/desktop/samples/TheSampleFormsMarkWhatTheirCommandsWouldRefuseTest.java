package lab.spectra.desktop.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.FormValidation;
import lab.spectra.desktop.ui.Views;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * New sample and Record a hand-over mark, as someone types, the fields their commands would
 * refuse, in the commands' words; a field becomes unmarked once it is put right.
 */
class TheSampleFormsMarkWhatTheirCommandsWouldRefuseTest {

    private static final SyncTestbed TESTBED = SyncTestbed.get();
    private static final ServerLab.Org ORG = TESTBED.newOrganization("sample-forms-ui");

    static {
        TESTBED.lab.sample(ORG, "SF-1");
    }

    @RegisterExtension
    final FxWindow window = new FxWindow(1000, 600);

    private final AtomicReference<SamplesController> screen = new AtomicReference<>();

    private void showSamples() {
        UiBench bench = window.signIn(ORG, "engineer");
        window.show(() -> {
            screen.set(new SamplesController(bench.screens.samples()));
            return Views.load(screen.get());
        });
    }

    private static boolean marked(FxRobot robot, String id) {
        return robot.lookup(id).query().getStyleClass().contains(FormValidation.INVALID);
    }

    @Test
    @Timeout(60)
    void aBarcodeTooLongAndAMissingNameAreMarkedUntilPutRight(FxRobot robot) {
        showSamples();
        FormValidation form = screen.get().newSampleForm();
        TextField barcode = robot.lookup("#new-sample-barcode").queryAs(TextField.class);
        TextField name = robot.lookup("#new-sample-name").queryAs(TextField.class);
        assertThat(marked(robot, "#new-sample-name")).as("nothing typed yet").isFalse();

        robot.interact(() -> barcode.setText("B".repeat(65)));

        assertThat(form.problemOf(barcode)).contains("Barcode is longer than 64 characters");
        assertThat(form.problemOf(name)).contains("Sample name is required");
        assertThat(marked(robot, "#new-sample-barcode")).isTrue();
        assertThat(marked(robot, "#new-sample-name")).isTrue();

        robot.interact(() -> barcode.setText("SF-2"));
        robot.clickOn("#new-sample-name").write("Sapphire wafer");

        assertThat(form.problemOf(barcode)).isEmpty();
        assertThat(form.problemOf(name)).isEmpty();
        assertThat(marked(robot, "#new-sample-barcode")).isFalse();
        assertThat(marked(robot, "#new-sample-name")).isFalse();
        assertThat(form.invalid().get()).isFalse();
    }

    @Test
    @Timeout(60)
    void aHandOverToNobodyIsMarked(FxRobot robot) {
        showSamples();
        robot.clickOn("#barcode-field").write("SF-1").type(KeyCode.ENTER);
        FormValidation form = screen.get().handOverForm();
        TextField to = robot.lookup("#custody-to").queryAs(TextField.class);

        robot.clickOn("#custody-from").write("Receiving desk");
        robot.clickOn("#custody-reason").write("IV characterization");

        assertThat(form.problemOf(to)).contains("To is required");
        assertThat(marked(robot, "#custody-to")).isTrue();
        assertThat(form.problemOf(robot.lookup("#custody-from").queryAs(TextField.class)))
                .isEmpty();
    }
}
