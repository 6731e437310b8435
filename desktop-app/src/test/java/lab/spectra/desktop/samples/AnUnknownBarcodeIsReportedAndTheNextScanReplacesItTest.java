package lab.spectra.desktop.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.sample.Sample;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class AnUnknownBarcodeIsReportedAndTheNextScanReplacesItTest {

    private static final SyncTestbed TESTBED = SyncTestbed.get();
    private static final ServerLab.Org ORG = TESTBED.newOrganization("unknown-barcode-ui");
    private static final UUID KNOWN = TESTBED.lab.sample(ORG, "UB-7");

    @RegisterExtension
    final FxWindow window = new FxWindow(1000, 600);

    private UiBench bench;

    @Test
    @Timeout(60)
    void anUnknownCodeIsNamedInTheMessageAndStaysSelectedSoTheNextScanReplacesIt(FxRobot robot) {
        bench = window.signIn(ORG, "viewer");
        window.show(() -> Views.load(new SamplesController(bench.screens.samples())));
        TableView<Sample> samples = robot.lookup("#samples-table").queryTableView();
        TextField field = robot.lookup("#barcode-field").queryAs(TextField.class);

        robot.clickOn("#barcode-field").write("ub-7").type(KeyCode.ENTER);

        assertThat(robot.lookup("#samples-message").queryAs(Label.class).getText())
                .isEqualTo("No sample with barcode ub-7 on this PC");
        assertThat(samples.getSelectionModel().getSelectedItem())
                .as("letters are matched as stored")
                .isNull();
        assertThat(field.getSelectedText()).isEqualTo("ub-7");

        robot.write("UB-7").type(KeyCode.ENTER);

        assertThat(samples.getSelectionModel().getSelectedItem())
                .isNotNull()
                .extracting(Sample::id)
                .isEqualTo(KNOWN);
        assertThat(robot.lookup("#samples-message").queryAs(Label.class).getText())
                .contains("UB-7")
                .doesNotContain("No sample");
    }
}
