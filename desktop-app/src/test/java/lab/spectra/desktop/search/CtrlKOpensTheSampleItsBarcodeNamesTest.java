package lab.spectra.desktop.search;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Keyboard only: a technician presses Ctrl+K in the main window, a scanner types a sample's
 * barcode and Enter, and the Samples screen shows that sample.
 */
class CtrlKOpensTheSampleItsBarcodeNamesTest {

    @RegisterExtension
    final FxWindow window = new FxWindow();

    @Test
    void aScannedBarcodeAndEnterShowTheSample(FxRobot robot) {
        SyncTestbed testbed = SyncTestbed.get();
        ServerLab.Org org = testbed.newOrganization("quick");
        testbed.lab.sample(org, "QS-7781");
        testbed.lab.sample(org, "QS-9000");
        UiBench bench = window.signIn(org, "tech");
        window.show(() -> bench.screens.mainWindow(bench.main()));

        robot.press(KeyCode.CONTROL).press(KeyCode.K).release(KeyCode.K).release(KeyCode.CONTROL);
        FxWindow.awaitUntil(() -> robot.lookup("#quick-search-text").tryQuery().isPresent());
        robot.interact(() ->
                robot.lookup("#quick-search-text").queryAs(TextField.class).setText("QS-7781"));
        robot.type(KeyCode.ENTER);

        FxWindow.awaitUntil(() -> robot.lookup("#quick-search-text").tryQuery().isEmpty());
        FxWindow.awaitUntil(() -> robot.lookup("#samples-table").tryQuery().isPresent());
        TableView<?> samples = robot.lookup("#samples-table").queryTableView();
        FxWindow.awaitUntil(() -> samples.getItems().size() == 1);
        assertThat(samples.getItems().get(0).toString()).contains("QS-7781");
    }
}
